import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorklistPage } from '../../src/app/worklist/get-worklist.js';
import { runWorklistCommand } from '../../src/cli/commands/worklist.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

describe('skipgraph worklist', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'worklist-cli-')), 'demo.db');
  beforeAll(async () => {
    const store = await openSqliteStore(db);
    await loadDemo(store);
    await store.close();
  });

  /** The command's output over the demo, as of the demo's morning in Shanghai. */
  const run = async (lang: string, ...more: string[]): Promise<string> => {
    const chunks: string[] = [];
    const argv = ['--db', db, '--at', '2026-11-20T02:00:00Z', '--tz', 'Asia/Shanghai', ...more];
    const code = await runWorklistCommand([...argv, '--limit', '20', '--lang', lang], {
      out: (t) => void chunks.push(t),
      err: (t) => void chunks.push(t),
      env: {},
    });
    expect(code).toBe(0);
    return chunks.join('');
  };

  it('names a visit by its street and city, its id beside them, in both languages', async () => {
    // US-017's best route is a visit to the address the demo keys ADR-US-070.
    for (const lang of ['en', 'zh-CN']) {
      const row = (await run(lang)).split('\n').find((l) => l.includes('ACC-US-017-1'));
      expect(row, lang).toContain('5235 Westheimer Rd, Houston ADR-US-070');
    }
  });

  it('gives the route’s relation and chance in each language’s own brackets', async () => {
    const rows = async (lang: string) =>
      (await run(lang)).split('\n').filter((l) => /^\d+\. /.test(l));
    const [en, zh] = await Promise.all([rows('en'), rows('zh-CN')]);
    expect(en.length).toBeGreaterThan(0);
    for (const row of en) expect(row).toMatch(/ \([a-z][\w ]*, \d{1,3}%\)$/);
    for (const row of zh) expect(row).toMatch(/（\p{Script=Han}+，\d{1,3}%）$/u);
    const visit = zh.find((l) => l.includes('ACC-US-017-1'));
    expect(visit).toMatch(/ADR-US-070（债务人本人，\d{1,3}%）$/);
  });

  it('prints a number in the groups a collector dials, and keeps it in E.164 in --json', async () => {
    // CN-001's best route is the debtor's own mobile, +8618659581681.
    for (const lang of ['en', 'zh-CN']) {
      const out = await run(lang);
      const row = out.split('\n').find((l) => l.includes('ACC-CN-001-1'));
      expect(row, lang).toContain('+86 186 5958 1681');
      expect(out, lang).toContain(
        lang === 'en' ? 'Contactable now: +86 186 5958 1681.' : '现在可联系：+86 186 5958 1681。',
      );
      expect(out, lang).not.toContain('+8618659581681');
    }
    const page = JSON.parse(await run('en', '--json')) as WorklistPage;
    const item = page.items.find((i) => i.accountId === 'ACC-CN-001-1');
    expect(item?.route.contact).toEqual({ kind: 'phone', value: '+8618659581681' });
    expect(item?.why).toContainEqual(
      expect.objectContaining({
        code: 'worklist_callable_now',
        params: { contact: '+8618659581681' },
      }),
    );
  });
});
