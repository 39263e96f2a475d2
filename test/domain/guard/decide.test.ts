import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import type { CompiledPolicy } from '../../../src/domain/policy/compile-policy.js';
import { policyOf, scenario } from '../../guard/guard-fixtures.js';

const at = new Date('2026-03-03T20:00:00Z');
const hours = policyOf([{ id: 'hours', type: 'time_window', from: '08:00', to: '21:00' }], {
  id: 'federal',
  jurisdictions: ['US'],
});
const state = policyOf(
  [
    {
      id: 'ma.calls',
      type: 'frequency_cap',
      scope: 'account',
      channels: ['call'],
      max: 0,
      window: '7d',
    },
  ],
  { id: 'state', jurisdictions: ['US-MA'] },
);

describe('decide', () => {
  it('fails closed with guard.no_policy when no policy covers the jurisdiction', () => {
    const { request, context } = scenario({ jurisdiction: 'GB' });
    expect(decide(request, context, [hours], at)).toEqual({
      outcome: 'deny',
      rules: [expect.objectContaining({ id: 'guard.no_policy', policy: 'guard' })],
      policyVersion: 'none',
    });
    expect(decide(request, context, [], at).outcome).toBe('deny');
  });

  it('applies prefix jurisdictions: US covers US-MA, US-MA does not cover US-CA', () => {
    const { request, context } = scenario({ jurisdiction: 'US-MA' });
    const d = decide(request, context, [hours, state], at);
    expect(d.rules.map((r) => `${r.policy}/${r.id}`)).toEqual(['state/ma.calls']);
    expect(d.policyVersion).toMatch(/^federal@[0-9a-f]{12}\+state@[0-9a-f]{12}$/);
    const ca = scenario();
    expect(decide(ca.request, ca.context, [hours, state], at).policyVersion).toMatch(
      /^federal@[0-9a-f]{12}$/,
    );
  });

  it('all applicable policies must allow, and a deny lists every failed rule of every policy', () => {
    const { request, context } = scenario({ jurisdiction: 'US-MA' });
    const d = decide(request, context, [hours, state], new Date('2026-03-03T05:00:00Z'));
    expect(d.outcome).toBe('deny');
    expect(d.rules.map((r) => r.id).sort()).toEqual(['hours', 'ma.calls']);
  });

  it('a rule that throws denies instead of allowing', () => {
    const { request, context } = scenario();
    const broken: CompiledPolicy = {
      ...hours,
      rules: [
        {
          id: 'boom',
          type: 'test',
          lookbackMs: 0,
          check: () => {
            throw new Error('bad data');
          },
        },
      ],
    };
    const d = decide(request, context, [broken], at);
    expect(d).toMatchObject({
      outcome: 'deny',
      rules: [{ id: 'boom', reason: expect.stringContaining('guard.rule_error') }],
    });
  });

  it('tells a rule that throws (kind error, code rule_error, errors: true) from one that fails', () => {
    const { request, context } = scenario();
    const broken: CompiledPolicy = {
      ...hours,
      rules: [
        ...hours.rules,
        {
          id: 'boom',
          type: 'test',
          lookbackMs: 0,
          check: () => {
            throw new Error('bad data');
          },
        },
      ],
    };
    const d = decide(request, context, [broken], new Date('2026-03-03T05:00:00Z'));
    expect(d.errors).toBe(true);
    expect(d.rules.map(({ id, kind, code, params }) => ({ id, kind, code, params }))).toEqual([
      { id: 'hours', kind: 'fail', code: 'outside_hours', params: expect.any(Object) },
      { id: 'boom', kind: 'error', code: 'rule_error', params: { type: 'test' } },
    ]);
    expect(
      decide(request, context, [hours], new Date('2026-03-03T05:00:00Z')).errors,
    ).toBeUndefined();
  });

  it('names the fail-closed denials: no_policy with the jurisdiction, context_mismatch', () => {
    const gb = scenario({ jurisdiction: 'GB' });
    expect(decide(gb.request, gb.context, [hours], at).rules[0]).toMatchObject({
      kind: 'fail',
      code: 'no_policy',
      params: { jurisdiction: 'GB' },
    });
    const other = scenario();
    other.request.accountId = 'OTHER';
    expect(decide(other.request, other.context, [hours], at).rules[0]).toMatchObject({
      kind: 'fail',
      code: 'context_mismatch',
    });
  });

  it('denies a context loaded for another account', () => {
    const { request, context } = scenario();
    request.accountId = 'OTHER';
    expect(decide(request, context, [hours], at).rules[0]?.id).toBe('guard.context_mismatch');
  });

  it('is pure: the same input gives the same decision, and the input is not modified', () => {
    const { request, context } = scenario();
    const before = JSON.stringify({ request, context });
    expect(decide(request, context, [hours], at)).toEqual(decide(request, context, [hours], at));
    expect(JSON.stringify({ request, context })).toBe(before);
  });
});
