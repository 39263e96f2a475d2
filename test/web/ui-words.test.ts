import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/ui-en.js';

type T = (key: keyof typeof en, params?: Record<string, string | number>) => string;
let t: T;

beforeAll(async () => {
  // The workbench reads its language from the browser's storage as it loads: here, English.
  Object.assign(globalThis, {
    localStorage: { getItem: () => 'en', setItem: () => undefined },
  });
  ({ t } = (await import('../../web/src/i18n.js')) as { t: T });
});

describe("the workbench's English", () => {
  it('counts in words, never with "(s)"', () => {
    expect(Object.entries(en).filter(([, text]) => text.includes('(s)'))).toEqual([]);
  });

  it('says one path, one debtor, one node, one contact, and more in the plural', () => {
    expect(t('evidence', { count: 1 })).toBe('Evidence (1 path)');
    expect(t('evidence', { count: 3 })).toBe('Evidence (3 paths)');
    expect(t('sharedWith', { count: 1 })).toBe('shared with 1 unrelated debtor');
    expect(t('sharedWith', { count: 4 })).toBe('shared with 4 unrelated debtors');
    expect(t('truncated', { count: 1, nodes: 'phone:+8613509820217' })).toBe(
      'Partial picture: 1 busy node has more links than are drawn (phone:+8613509820217).',
    );
    expect(t('truncated', { count: 2, nodes: 'a, b' })).toMatch(
      /^Partial picture: 2 busy nodes have /,
    );
    expect(t('simWithoutMessage', { count: 1 })).toMatch(/^1 contact kept .* re-read it\.$/);
    expect(t('simWithoutMessage', { count: 5 })).toMatch(/^5 contacts kept .* re-read them\.$/);
  });
});
