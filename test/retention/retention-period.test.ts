import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type CompiledPolicy, compilePolicy } from '../../src/domain/policy/compile-policy.js';
import { parsePolicy } from '../../src/domain/policy/parse-policy.js';
import { addYears, retentionOf } from '../../src/domain/retention/retention-period.js';

const RULE = { id: 'hours', type: 'time_window', from: '08:00', to: '21:00' };

function pack(id: string, jurisdictions: string[], years?: number): CompiledPolicy {
  const doc: Record<string, unknown> = {
    id,
    name: id,
    appliesTo: { jurisdictions },
    rules: [RULE],
  };
  if (years !== undefined) doc.retention = { years };
  const parsed = parsePolicy(`${id}.yaml`, stringify(doc));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return compilePolicy(parsed.loaded);
}

const US = pack('us', ['US'], 3);
const NYC = pack('nyc', ['US-NY-NYC'], 6);
const MA = pack('ma', ['US-MA']);
const IE = pack('ie', ['IE']);
const NOW = new Date('2026-12-02T00:00:00Z');

describe('retentionOf', () => {
  it('purges after the period, counted from the last activity', () => {
    const at = { accountId: 'A1', debtorId: 'D1', jurisdiction: 'US' };
    expect(retentionOf({ ...at, lastActivityAt: '2023-12-01T23:59:59Z' }, [US], NOW)).toMatchObject(
      { status: 'expired', years: 3, until: '2026-12-01T23:59:59.000Z' },
    );
    expect(retentionOf({ ...at, lastActivityAt: '2023-12-02T00:00:01Z' }, [US], NOW)).toMatchObject(
      { status: 'kept', until: '2026-12-02T00:00:01.000Z' },
    );
  });

  it('keeps records as long as the longest applicable policy says, the address included', () => {
    const brooklyn = { country: 'US', region: 'NY', city: 'Brooklyn' };
    const verdict = retentionOf(
      {
        accountId: 'A1',
        debtorId: 'D1',
        jurisdiction: 'US',
        debtorAddress: brooklyn,
        lastActivityAt: '2021-06-01T00:00:00Z',
      },
      [US, NYC, MA],
      NOW,
    );
    expect(verdict).toMatchObject({ status: 'kept', years: 6 });
    if (verdict.status === 'kept')
      expect(verdict.policies).toEqual([
        { policy: 'us', years: 3 },
        { policy: 'nyc', years: 6 },
      ]);
    // A policy that states no period (us-ma here) does not shorten the others'.
    expect(
      retentionOf(
        {
          accountId: 'A2',
          debtorId: 'D2',
          jurisdiction: 'US-MA',
          lastActivityAt: '2021-06-01T00:00:00Z',
        },
        [US, MA],
        NOW,
      ),
    ).toMatchObject({ status: 'expired', years: 3 });
  });

  it('keeps what no policy covers, or whose policies state no period, or that has no records', () => {
    const old = '2001-01-01T00:00:00Z';
    expect(
      retentionOf(
        { accountId: 'A', debtorId: 'D', jurisdiction: 'ZZ', lastActivityAt: old },
        [US],
        NOW,
      ),
    ).toEqual({ status: 'no_policy' });
    expect(
      retentionOf(
        { accountId: 'A', debtorId: 'D', jurisdiction: 'IE', lastActivityAt: old },
        [US, IE],
        NOW,
      ),
    ).toEqual({ status: 'no_period', policies: ['ie'] });
    expect(retentionOf({ accountId: 'A', debtorId: 'D', jurisdiction: 'US' }, [US], NOW)).toEqual({
      status: 'no_activity',
    });
  });

  it('adds calendar years in UTC', () => {
    expect(addYears(new Date('2024-02-29T12:00:00Z'), 3).toISOString()).toBe(
      '2027-03-01T12:00:00.000Z',
    );
  });

  it('refuses a period that is not whole years between 1 and 100', () => {
    for (const years of [0, 2.5, 101]) {
      const parsed = parsePolicy(
        'p.yaml',
        stringify({
          id: 'p',
          name: 'p',
          appliesTo: { jurisdictions: ['US'] },
          rules: [RULE],
          retention: { years },
        }),
      );
      expect(parsed.ok).toBe(false);
    }
  });
});
