import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app/app-error.js';
import { checkGuard, createOutreachGuard } from '../../src/app/guard/check-guard.js';
import type { GuardDeps } from '../../src/app/guard/guard-deps.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import type { Attempt } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { StoreUnavailableError } from '../../src/store/store-errors.js';
import { guardStore, PHONES } from './guard-store-fixture.js';

let store: GraphStore;
let registry: PolicyRegistry;
let deps: GuardDeps;
let ids = 0;

beforeEach(async () => {
  store = await guardStore();
  registry = await PolicyRegistry.open('policies', { watch: false });
  deps = {
    store,
    registry,
    clock: () => new Date('2026-03-03T20:00:00Z'),
    newId: () => `id-${++ids}`,
  };
});
afterEach(async () => {
  registry.close();
  await store.close();
});

function calls(n: number, lastAt: string, extra: Partial<Attempt> = {}): Attempt[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `call-${i}-${extra.outcome ?? 'none'}`,
    accountId: 'A1',
    at: new Date(Date.parse(lastAt) - i * 3_600_000).toISOString(),
    channel: 'call',
    contact: { kind: 'phone', value: PHONES.debtor },
    personId: 'D1',
    ...extra,
  }));
}

describe('checkGuard', () => {
  it('every candidate zone from the graph must allow: 415 number + New York address, 10:00 Eastern is denied', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'call',
      to: PHONES.debtor,
      at: '2026-03-03T10:00:00-05:00',
    });
    expect(decision.outcome).toBe('deny');
    expect(decision.rules.map((r) => r.id)).toEqual(['us.hours']);
    expect(decision.rules[0]?.nextAllowedAt).toBe('2026-03-03T16:00:00.000Z'); // 08:00 Pacific
    expect(decision.policyVersion).toMatch(/^us-reg-f@[0-9a-f]{12}$/);
  });

  it('allows a call inside the window and audits the check with its digest, not the message', async () => {
    const { decision, decisionId } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: '(415) 555-0100',
      message: 'Please call Acme Servicing. Reply STOP to opt out.',
      actor: 'alice',
    });
    expect(decision).toMatchObject({ outcome: 'allow', rules: [] });
    const [audit] = await store.listAudit({ accountId: 'A1' });
    expect(audit).toMatchObject({
      id: decisionId,
      kind: 'check',
      outcome: 'allow',
      debtorId: 'D1',
      actor: 'alice',
      contact: { kind: 'phone', value: PHONES.debtor },
    });
    expect(audit?.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit)).not.toContain('Acme Servicing');
    expect(await store.listAttempts({ accountId: 'A1' })).toEqual([]); // a check records no attempt
  });

  it('treats a number the graph gives to someone else as a third-party contact, whatever the caller says', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.reference,
      recipientPersonId: 'D1',
      message: 'Your debt is overdue. Reply STOP to opt out.',
    });
    expect(decision.outcome).toBe('deny');
    expect(decision.rules.map((r) => `${r.id}:${r.code}`)).toEqual([
      'us.third_party:channel_not_allowed',
      'us.third_party:discloses_debt',
    ]);
    expect(decision.rules[0]?.reason).toContain('reference');
  });

  it('a number the graph does not know reaches an unknown third party', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.unknown,
      recipientPersonId: 'D1',
      message: 'Please call us. Reply STOP to opt out.',
    });
    expect(decision.rules.map((r) => `${r.id}:${r.code}`)).toEqual([
      'us.third_party:channel_not_allowed',
    ]);
    expect(decision.rules[0]?.reason).toContain('(unknown)');
  });

  it('a number shared by the debtor and a reference: unnamed it counts as the reference’s, named it reaches the debtor', async () => {
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'R1' },
        phone: { e164: PHONES.debtor, type: 'MOBILE', status: 'active' },
        source: 'collector_note',
      },
    ]);
    const unnamed = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.debtor,
      message: 'Your balance is overdue. Reply STOP to opt out.',
    });
    expect(unnamed.decision.rules.map((r) => `${r.id}:${r.code}`)).toEqual([
      'us.third_party:channel_not_allowed',
      'us.third_party:discloses_debt',
    ]);
    const named = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.debtor,
      recipientPersonId: 'D1',
      message: 'Your balance is overdue. Reply STOP to opt out.',
    });
    expect(named.decision.outcome).toBe('allow');
  });

  it('treats the spouse as the consumer under Regulation F', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.spouse,
      message: 'Your joint account balance is overdue. Reply STOP to opt out.',
    });
    expect(decision.outcome).toBe('allow');
  });

  it('the eighth call in seven days is denied by the frequency rule', async () => {
    await store.recordAttempts(calls(7, '2026-03-03T18:00:00Z'));
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'call',
      to: PHONES.debtor,
    });
    expect(decision.rules.map((r) => r.id)).toEqual(['us.calls_7_in_7']);
  });

  it('a call two days after a right-party conversation is denied by the cool-down', async () => {
    await store.recordAttempts(calls(1, '2026-03-01T20:00:00Z', { outcome: 'right_party' }));
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'call',
      to: PHONES.debtor,
    });
    expect(decision.rules.map((r) => r.id)).toEqual(['us.call_after_conversation']);
    expect(decision.rules[0]?.nextAllowedAt).toBe('2026-03-08T20:00:00.000Z');
  });

  it('the debtor at their own workplace: employer forbids contact → denied', async () => {
    await store.setPersonFlags('D1', { employerForbidsContact: true });
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'call',
      to: PHONES.workplace,
      recipientPersonId: 'D1',
    });
    expect(decision.rules.map((r) => r.id)).toEqual(['us.stop']);
  });

  it('an unnamed call to a workplace switchboard is a third-party contact', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'A1',
      channel: 'sms',
      to: PHONES.workplace,
    });
    expect(decision.rules.map((r) => r.id)).toEqual(['us.third_party']);
  });

  it('fails closed when no valid policy covers the jurisdiction', async () => {
    const { decision } = await checkGuard(deps, {
      accountId: 'G1',
      channel: 'call',
      to: PHONES.debtor,
    });
    expect(decision).toEqual({
      outcome: 'deny',
      rules: [expect.objectContaining({ id: 'guard.no_policy' })],
      policyVersion: 'none',
    });
  });

  it('CN: "请转告他尽快还款" to a reference is denied for disclosure; "您好，请 张三 回电" is allowed once, then denied', async () => {
    const failed = Array.from(
      { length: 3 },
      (_, i): Attempt => ({
        id: `cn-${i}`,
        accountId: 'C-A1',
        at: `2026-03-01T0${i + 1}:00:00Z`,
        channel: 'call',
        contact: { kind: 'phone', value: PHONES.cnDebtor },
        // The first was recorded without a person: a call to the debtor's own number still counts.
        ...(i === 0 ? {} : { personId: 'C1' }),
        outcome: 'no_answer',
      }),
    );
    await store.recordAttempts(failed);
    const at = '2026-03-03T15:00:00+08:00';
    const disclose = await checkGuard(deps, {
      accountId: 'C-A1',
      channel: 'sms',
      to: PHONES.cnReference,
      message: '我是安信客服。请转告他尽快还款',
      at,
    });
    expect(disclose.decision.rules.map((r) => r.id)).toEqual(['cn.third_party']);
    expect(disclose.decision.rules[0]?.matches?.[0]).toMatchObject({
      phrase: '还款',
      text: '还款',
    });

    const first = await checkGuard(deps, {
      accountId: 'C-A1',
      channel: 'sms',
      to: PHONES.cnReference,
      message: '我是安信客服。您好，请 张三 回电',
      at,
    });
    expect(first.decision.outcome).toBe('allow');
    // The outreach goes out and is recorded; the same request again is denied.
    await store.recordAttempts([
      {
        id: 'sent-1',
        accountId: 'C-A1',
        at: '2026-03-03T07:00:00Z',
        channel: 'sms',
        contact: { kind: 'phone', value: PHONES.cnReference },
      },
    ]);
    const second = await checkGuard(deps, {
      accountId: 'C-A1',
      channel: 'sms',
      to: PHONES.cnReference,
      message: '我是安信客服。您好，请 张三 回电',
      at,
    });
    expect(second.decision.outcome).toBe('deny');
    expect(second.decision.rules.map((r) => r.id)).toEqual(['cn.third_party']);
  });

  it('rejects an unknown account and an unusable number with typed errors', async () => {
    await expect(
      checkGuard(deps, { accountId: 'NOPE', channel: 'call', to: PHONES.debtor }),
    ).rejects.toMatchObject({ kind: 'not_found', code: 'account_not_found' });
    await expect(
      checkGuard(deps, { accountId: 'A1', channel: 'call', to: '12' }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('store failure: no decision, no audit — the error propagates as unavailable (503)', async () => {
    const broken = Object.create(store) as GraphStore;
    broken.listAttempts = () => Promise.reject(new StoreUnavailableError('database is locked'));
    broken.guardHistory = () => Promise.reject(new StoreUnavailableError('database is locked'));
    await expect(
      checkGuard(
        { ...deps, store: broken },
        { accountId: 'A1', channel: 'call', to: PHONES.debtor },
      ),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.listAudit({ accountId: 'A1' })).toEqual([]);
  });

  it('the outreach guard decides inside the caller’s transaction', async () => {
    const guard = createOutreachGuard(registry);
    const { decision } = await store.transaction(async (tx) => {
      await tx.recordAttempts(calls(7, '2026-03-03T18:00:00Z'));
      return guard.decideInTx(
        tx,
        { accountId: 'A1', channel: 'call', contact: { kind: 'phone', value: PHONES.debtor } },
        new Date('2026-03-03T20:00:00Z'),
      );
    });
    expect(decision.rules.map((r) => r.id)).toEqual(['us.calls_7_in_7']);
  });
});
