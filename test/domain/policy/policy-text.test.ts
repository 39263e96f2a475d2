import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/domain/policy/parse-policy.js';
import { textIn } from '../../../src/domain/policy/policy-text.js';
import { renderMessage } from '../../../src/messages/render-message.js';

/** A valid policy file with `head` (name and description lines) in place of its name. */
const policyWith = (head: string): string => `id: p1
${head}
appliesTo:
  jurisdictions: [CN]
rules:
  - id: hours
    type: time_window
    from: "08:00"
    to: "21:00"
`;

describe('a policy name and description: one text, or a text per language', () => {
  it('keeps a plain string as written (old files stay valid)', () => {
    const r = parsePolicy('p1.yaml', policyWith('name: Test\ndescription: Only English here.'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.loaded.policy.name).toBe('Test');
    expect(textIn(r.loaded.policy.name, 'zh-CN')).toBe('Test');
    expect(textIn(r.loaded.policy.description ?? '', 'en')).toBe('Only English here.');
  });

  it('reads a text per language, each reader in theirs', () => {
    const r = parsePolicy(
      'p1.yaml',
      policyWith(
        'name:\n  zh-CN: 中国催收\n  en: China collection\ndescription:\n  zh-CN: 联系时段\n  en: Contact hours',
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.loaded.policy.name).toEqual({ 'zh-CN': '中国催收', en: 'China collection' });
    expect(textIn(r.loaded.policy.name, 'zh-CN')).toBe('中国催收');
    expect(textIn(r.loaded.policy.name, 'en')).toBe('China collection');
    expect(textIn(r.loaded.policy.description ?? '', 'zh-CN')).toBe('联系时段');
  });

  it("shows a reader the other language's text when the file has only one", () => {
    const r = parsePolicy('p1.yaml', policyWith('name:\n  en: China collection'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(textIn(r.loaded.policy.name, 'zh-CN')).toBe('China collection');
    expect(textIn({ 'zh-CN': '中国催收' }, 'en')).toBe('中国催收');
  });

  it('refuses a language the product does not speak, at its path and line', () => {
    const r = parsePolicy('p1.yaml', policyWith('name:\n  zh-CN: 中国催收\n  fr: Recouvrement'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      file: 'p1.yaml',
      path: 'name',
      code: 'policy_unrecognized_keys',
      line: 3,
      params: { issue: [{ code: 'issue_unrecognized_keys', params: { keys: ['fr'] } }] },
    });
  });

  it('refuses a map with no language, with a code each language words', () => {
    const r = parsePolicy('p1.yaml', policyWith('name: {}\ndescription:\n  en: Fine'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const problem = r.problems[0];
    expect(problem).toMatchObject({
      path: 'name',
      code: 'policy_custom',
      line: 2,
      params: {
        issue: [{ code: 'issue_text_no_language', params: { langs: 'zh-CN, en' } }],
      },
    });
    if (problem === undefined) return;
    expect(renderMessage('zh-CN', problem.code, problem.params)).toContain(
      '按语言书写的文字至少要有 zh-CN, en 中的一种',
    );
    expect(renderMessage('en', problem.code, problem.params)).toContain(
      'a text by language needs at least one of zh-CN, en',
    );
  });

  it('keeps the length limits in each language', () => {
    const long = 'x'.repeat(201);
    const r = parsePolicy('p1.yaml', policyWith(`name:\n  zh-CN: 中国催收\n  en: ${long}`));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ path: 'name.en', code: 'policy_too_big' });
    const empty = parsePolicy('p1.yaml', policyWith('name:\n  zh-CN: ""'));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]).toMatchObject({ path: 'name.zh-CN' });
    const longDescription = parsePolicy(
      'p1.yaml',
      policyWith(`name: T\ndescription:\n  en: ${'y'.repeat(4001)}`),
    );
    expect(longDescription.ok).toBe(false);
  });
});
