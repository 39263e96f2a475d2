import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/render-message.js';
import type { PolicySnapshot } from '../../web/src/types.js';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

/** The reference policies and one file an officer broke: a rule of a type no policy knows. */
function policiesWithABrokenFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-test-policies-'));
  for (const f of readdirSync(POLICIES))
    if (f.endsWith('.yaml')) copyFileSync(join(POLICIES, f), join(dir, f));
  writeFileSync(
    join(dir, 'zz-broken.yaml'),
    'id: zz-broken\nname: Broken\nappliesTo:\n  jurisdictions: [CN]\nrules:\n  - id: zz.rule\n    type: no_such_rule\n',
  );
  return dir;
}

describe.skipIf(!chromiumAvailable())('the loaded policies on the compliance page', () => {
  const dir = policiesWithABrokenFile();
  const wb = useWorkbench(
    { timezoneId: 'Asia/Shanghai' },
    { defaultRegion: 'CN', policiesDir: dir },
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function snapshot(): Promise<PolicySnapshot> {
    const res = await fetch(`${wb.service.url}/v1/policies`, {
      headers: { Authorization: 'Bearer demo-compliance' },
    });
    return (await res.json()) as PolicySnapshot;
  }

  it("lists each policy's rules by id and kind, in the reader's language", async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-compliance', 'zh-CN');
    await page.goto(`${wb.service.url}/#/compliance`);
    const cn = page.locator('#policies tr.policy', { hasText: 'cn-collection' });
    const rules = (await snapshot()).policies.find((p) => p.id === 'cn-collection')?.rules ?? [];
    expect(rules.length).toBeGreaterThan(3);
    await expect
      .poll(() => cn.locator('details.policy-rules summary').textContent())
      .toBe(`${rules.length} 条规则`);
    await cn.locator('details.policy-rules summary').click();
    const items = await cn.locator('details.policy-rules li').allTextContents();
    expect(items).toHaveLength(rules.length);
    expect(items).toContain('cn.hours 联系时段');
    expect(items.some((i) => /time_window|frequency_cap/.test(i))).toBe(false);
    await page.close();
  });

  const CN_TEXT = {
    'zh-CN': { name: '中国个人消费贷款催收规范', description: '联系时段 08:00–22:00' },
    en: { name: 'China consumer-loan collection', description: 'Contact hours 08:00–22:00' },
  } as const;
  for (const lang of ['zh-CN', 'en'] as const)
    it(`shows the CN policy's name and description in the reader's language (${lang})`, async () => {
      const other = lang === 'zh-CN' ? 'en' : 'zh-CN';
      const page = await signInAs(wb.browser, wb.service.url, 'demo-compliance', lang);
      await page.goto(`${wb.service.url}/#/compliance`);
      const cn = page.locator('#policies tr.policy', { hasText: 'cn-collection' });
      await expect.poll(() => cn.locator('.policy-name').textContent()).toBe(CN_TEXT[lang].name);
      const description = (await cn.locator('.policy-description').textContent()) ?? '';
      expect(description.startsWith(CN_TEXT[lang].description)).toBe(true);
      const row = (await cn.textContent()) ?? '';
      expect(row).not.toContain(CN_TEXT[other].name);
      expect(row).not.toContain(CN_TEXT[other].description);
      await page.close();
    });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`words a file that failed to load in the reader's language, with where and its code (${lang})`, async () => {
      const problem = (await snapshot()).errors.find((e) => e.file.endsWith('zz-broken.yaml'));
      expect(problem).toBeDefined();
      if (problem === undefined) return;
      const page = await signInAs(wb.browser, wb.service.url, 'demo-compliance', lang);
      await page.goto(`${wb.service.url}/#/compliance`);
      const shown = page.locator('#policies li.load-error', { hasText: 'zz-broken.yaml' });
      await expect.poll(() => shown.count()).toBe(1);
      const text = (await shown.textContent()) ?? '';
      const words = renderMessage(lang, problem.code, problem.params as never);
      expect(text).toContain(words);
      expect(text).toContain(problem.code);
      expect(text).toContain(problem.path);
      if (lang === 'zh-CN') expect(text).not.toContain(problem.message);
      await page.close();
    });
});
