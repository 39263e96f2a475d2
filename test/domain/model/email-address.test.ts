import { describe, expect, it } from 'vitest';
import { canonicalEmail } from '../../../src/domain/model/index.js';

describe('email addresses', () => {
  it.each([
    ['foo', 'shape'],
    ['a@b', 'domain'],
    ['a@@b.com', 'local'],
    ['@b.com', 'shape'],
    ['a@', 'shape'],
    ['a b@c.com', 'local'],
    ['.a@b.com', 'local'],
    ['a..b@c.com', 'local'],
    ['a@b..com', 'domain'],
    ['a@-b.com', 'domain'],
    ['a@1.2.3.4', 'domain'],
    ['a@[1.2.3.4]', 'domain'],
    [`${'x'.repeat(65)}@b.com`, 'local'],
    [
      `${'x'.repeat(10)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`,
      'length',
    ],
  ])('refuses %s (%s)', (raw, reason) => {
    expect(canonicalEmail(raw)).toEqual({ ok: false, reason });
  });

  it.each([
    [' a@b.com ', 'a@b.com'],
    ['Zhang.Wei+loan@Example.CN', 'zhang.wei+loan@example.cn'],
    ['张三@例子.中国', '张三@例子.中国'],
    ['张三@例子。中国', '张三@例子.中国'],
    ['josé@café.fr', 'josé@café.fr'],
    ['user@xn--fsqu00a.xn--fiqs8s', 'user@xn--fsqu00a.xn--fiqs8s'],
  ])('keeps %s as %s', (raw, address) => {
    expect(canonicalEmail(raw)).toEqual({ ok: true, address });
  });
});
