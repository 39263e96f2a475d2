import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuardDeps } from '../../src/app/guard/guard-deps.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { simulatePolicy } from '../../src/app/policy/simulate-policy.js';
import type { Attempt } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { guardStore, PHONES } from './guard-store-fixture.js';

let store: GraphStore;
let registry: PolicyRegistry;
let deps: GuardDeps;

beforeEach(async () => {
  store = await guardStore();
  registry = await PolicyRegistry.open('policies', { watch: false });
  deps = { store, registry, clock: () => new Date('2026-03-10T00:00:00Z'), newId: () => 'id' };
  // Four calls on A1, one per day at noon Pacific.
  const rows: Attempt[] = [1, 2, 3, 4].map((d) => ({
    id: `c${d}`,
    accountId: 'A1',
    at: `2026-03-0${d + 1}T20:00:00Z`,
    channel: 'call',
    contact: { kind: 'phone', value: PHONES.debtor },
    personId: 'D1',
  }));
  await store.recordAttempts(rows);
  await store.appendAudit({
    id: 'denied-1',
    at: '2026-03-04T02:30:00Z', // 21:30 Eastern (the debtor lives in New York): denied by the hours rule in force
    kind: 'outreach',
    accountId: 'A1',
    debtorId: 'D1',
    channel: 'call',
    contact: { kind: 'phone', value: PHONES.debtor },
    inputDigest: 'x',
    outcome: 'deny',
    rules: [{ id: 'us.hours', policy: 'us-reg-f', reason: 'late' }],
    policyVersion: 'us-reg-f@x',
  });
});
afterEach(async () => {
  registry.close();
  await store.close();
});

describe('simulatePolicy', () => {
  it('re-decides the period under a stricter candidate: calls beyond 2 in 7 days turn allow → deny', async () => {
    const candidate = readFileSync('policies/us-reg-f.yaml', 'utf8').replace(
      'max: 7\n',
      'max: 2\n',
    );
    const r = await simulatePolicy(deps, {
      policyYaml: candidate,
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-09T00:00:00Z',
    });
    expect(r).toMatchObject({
      decided: 5,
      allowToDeny: 2,
      denyToAllow: 0,
      unchanged: 3,
      truncated: false,
    });
    expect(r.examples.allowToDeny.map((e) => e.id)).toEqual(['c3', 'c4']);
    expect(r.examples.allowToDeny[0]?.rules.map((x) => x.id)).toEqual(['us.calls_7_in_7']);
  });

  it('a looser candidate turns the late denial into an allow', async () => {
    const candidate = readFileSync('policies/us-reg-f.yaml', 'utf8').replace(
      'to: "21:00"',
      'to: "22:00"',
    );
    const r = await simulatePolicy(deps, {
      policyYaml: candidate,
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-09T00:00:00Z',
    });
    expect(r).toMatchObject({ allowToDeny: 0, denyToAllow: 1 });
    expect(r.examples.denyToAllow[0]).toMatchObject({
      source: 'denied_outreach',
      id: 'denied-1',
      rules: [expect.objectContaining({ id: 'us.hours' })],
    });
  });

  it('rejects an invalid candidate with its problems, and a bad period', async () => {
    await expect(
      simulatePolicy(deps, { policyYaml: 'id: x\n', from: '2026-03-01', to: '2026-03-09' }),
    ).rejects.toMatchObject({ code: 'policy_invalid' });
    await expect(
      simulatePolicy(deps, {
        policyYaml: readFileSync('policies/us-reg-f.yaml', 'utf8'),
        from: '2026-03-09',
        to: '2026-03-01',
      }),
    ).rejects.toMatchObject({ code: 'invalid_period' });
  });
});
