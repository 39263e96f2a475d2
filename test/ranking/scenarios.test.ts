import { describe, expect, it } from 'vitest';
import type { SharingEntry } from '../../src/domain/ranking/route.js';
import { renderMessage } from '../../src/messages/render-message.js';
import { GraphBuilder } from './graph-builder.js';

import { debtorWithReference, rank, values, words } from './rank-fixture.js';

describe('route ranking scenarios', () => {
  it("ranks the debtor's own recently verified mobile first", () => {
    const g = debtorWithReference()
      .phone(
        'D1',
        '+8613800000002',
        { source: 'bureau', lastSeen: '2025-06-01' },
        { type: 'FIXED_LINE' },
      )
      .phone(
        'D1',
        '+8613800000001',
        { source: 'application', lastSeen: '2026-01-10' },
        { status: 'active' },
      )
      .attempt('A1', '+8613800000001', '2026-11-02T09:30:00Z', 'right_party', 'D1');
    const result = rank(g);
    expect(result.routes[0]).toMatchObject({
      rank: 1,
      contact: { kind: 'phone', value: '+8613800000001' },
      recipient: { personId: 'D1', relation: 'self' },
      tier: 'consumer',
    });
    expect(words(result.routes[0]!)[0]).toBe(
      "debtor's own mobile, confirmed by a right-party contact on Nov 2, 2026",
    );
    expect(values(result)).toEqual(['+8613800000001', '+8613800000002', '+8613900000001']);
  });

  it("drops a phone after an invalid_number outcome, and the reference's phone leads", () => {
    const g = debtorWithReference().phone('D1', '+8613800000001', {
      source: 'application',
      lastSeen: '2026-09-01',
    });
    expect(values(rank(g))[0]).toBe('+8613800000001');

    // the outcome alone (status not yet updated) already takes the phone out …
    g.attempt('A1', '+8613800000001', '2026-11-20T08:00:00Z', 'invalid_number');
    const afterOutcome = rank(g);
    expect(values(afterOutcome)).toEqual(['+8613900000001']);
    expect(afterOutcome.routes[0]!.recipient).toEqual({
      personId: 'R1',
      relation: 'reference',
      name: 'Li Wei',
    });
    expect(afterOutcome.excluded).toEqual([
      {
        contact: { kind: 'phone', value: '+8613800000001' },
        code: 'number_invalid',
        params: { invalidAt: '2026-11-20T08:00:00Z' },
        reason: 'number invalid since 2026-11-20',
      },
    ]);

    // … and so does the stored status the outcome sets.
    g.phone(
      'D1',
      '+8613800000001',
      { source: 'application', lastSeen: '2026-09-01' },
      { status: 'invalid', statusAt: '2026-11-20T08:00:00Z' },
    );
    expect(values(rank(g, { attempts: [] }))).toEqual(['+8613900000001']);
  });

  it('brings a suspended number back only after its cool-down', () => {
    const g = debtorWithReference().phone(
      'D1',
      '+8613800000001',
      { source: 'application', lastSeen: '2026-09-01' },
      { status: 'suspended', statusAt: '2026-11-10T00:00:00Z' },
    );
    const during = rank(g);
    expect(values(during)).toEqual(['+8613900000001']);
    expect(during.excluded[0]).toMatchObject({
      contact: { value: '+8613800000001' },
      until: '2026-12-10T00:00:00.000Z',
    });
    expect(during.excluded[0]!.reason).toContain('suspended on 2026-11-10');

    expect(values(rank(g, { at: new Date('2026-12-09T23:59:00Z') }))).toEqual(['+8613900000001']);
    const after = rank(g, { at: new Date('2026-12-10T00:00:00Z') });
    expect(values(after)).toEqual(['+8613800000001', '+8613900000001']);
    expect(after.routes[0]!.flags.suspendedUntil).toBe('2026-12-10T00:00:00.000Z');
    expect(words(after.routes[0]!).some((r) => r.includes('cool-down ended on Dec 10, 2026'))).toBe(
      true,
    );
  });

  it('ranks a number a reference reported last week above a three-year-old application number', () => {
    const g = new GraphBuilder()
      .person('D1')
      .account('A1', 'D1')
      .phone('D1', '+8613800000001', {
        source: 'application',
        firstSeen: '2023-11-20',
        lastSeen: '2023-11-20',
      })
      .phone('D1', '+8613800000009', { source: 'reference', lastSeen: '2026-11-16' });
    const result = rank(g);
    expect(values(result)).toEqual(['+8613800000009', '+8613800000001']);
    expect(result.routes[1]!.flags.stale).toBe(true);
    expect(result.routes[0]!.flags.stale).toBeUndefined();
    expect(words(result.routes[0]!)).toContain(
      'evidence: held by Person D1 (reported by a reference, last seen Nov 16, 2026)',
    );
  });

  it("lists the employer's switchboard while the employment is current, not after it ended", () => {
    const build = (to?: string) =>
      debtorWithReference()
        .employer('E1', 'Acme Trading')
        .worksAt('D1', 'E1', {
          source: 'application',
          from: '2024-01-01',
          lastSeen: '2026-05-01',
          ...(to ? { to } : {}),
        })
        .phone(
          'E1',
          '+862150000000',
          { source: 'application', lastSeen: '2026-05-01' },
          { type: 'FIXED_LINE' },
          'employer',
        );
    const current = rank(build());
    const switchboard = current.routes.find((r) => r.contact.value === '+862150000000');
    expect(switchboard).toMatchObject({
      recipient: { personId: 'D1', relation: 'employer', employerId: 'E1' },
      tier: 'workplace',
    });
    expect(words(switchboard!)[0]).toBe(
      "switchboard of Acme Trading, the debtor's current employer",
    );

    const ended = rank(build('2026-06-30'));
    expect(values(ended)).not.toContain('+862150000000');
    expect(ended.excluded).toEqual([
      {
        contact: { kind: 'phone', value: '+862150000000' },
        code: 'employment_ended',
        params: { employerId: 'E1', ended: '2026-06-30' },
        reason: "employer's switchboard left out: employment ended on 2026-06-30",
      },
    ]);

    const forbidden = rank(build().person('D1', { employerForbidsContact: true }, 'Zhang San'));
    expect(values(forbidden)).not.toContain('+862150000000');
  });

  it('ranks a guarantor and a co-borrower above a friend, even a friend with a fresher number', () => {
    const g = new GraphBuilder()
      .person('D1')
      .account('A1', 'D1')
      .person('G1', {}, 'Wang Fang')
      .obligation('G1', 'A1', 'guarantor')
      .phone('G1', '+8613700000001', { source: 'application', lastSeen: '2025-01-01' })
      .person('C1')
      .obligation('C1', 'A1', 'co_borrower')
      .phone('C1', '+8613700000002', { source: 'application', lastSeen: '2025-01-01' })
      .person('F1')
      .knows('D1', 'F1', 'friend', { source: 'collector_note', lastSeen: '2026-11-20' })
      .phone('F1', '+8613700000003', { source: 'inbound_call', lastSeen: '2026-11-20' });
    const result = rank(g);
    expect(result.routes.map((r) => r.recipient.relation)).toEqual([
      'co_borrower',
      'guarantor',
      'friend',
    ]);
    expect(words(result.routes[1]!)[0]).toBe('mobile of Wang Fang, guarantor on account A1');
    expect(result.routes[2]!.tier).toBe('third_party');
    expect(words(result.routes[2]!)).toContain(
      'third party: ask only where the debtor can be reached; do not mention the debt',
    );
    expect(result.routes[2]!.score).toBeGreaterThan(result.routes[1]!.score);
  });

  it('flags a phone shared by five unrelated debtors and ranks it below an equal unshared one', () => {
    const g = new GraphBuilder()
      .person('D1')
      .account('A1', 'D1')
      .phone('D1', '+8613800000001', { source: 'application', lastSeen: '2026-10-01' })
      .phone('D1', '+8613800000002', { source: 'application', lastSeen: '2026-10-01' });
    const unshared = rank(g);
    expect(values(unshared)).toEqual(['+8613800000001', '+8613800000002']);
    expect(unshared.routes[0]!.score).toBe(unshared.routes[1]!.score);

    const sharing: SharingEntry[] = [
      {
        contact: { kind: 'phone', value: '+8613800000001' },
        unrelatedDebtorIds: ['X1', 'X2', 'X3', 'X4', 'X5'],
      },
    ];
    const result = rank(g, { sharing });
    expect(values(result)).toEqual(['+8613800000002', '+8613800000001']);
    expect(result.routes[1]!.flags).toEqual({ shared: 5 });
    expect(result.routes[1]!.score).toBeLessThan(result.routes[0]!.score);
    expect(words(result.routes[1]!)).toContain(
      "shared with 5 unrelated debtors: may not be the debtor's; score discounted",
    );
    expect(result.routes[0]!.flags).toEqual({});
  });

  it('yields only routes to the executor for a deceased debtor', () => {
    const g = debtorWithReference()
      .phone('D1', '+8613800000001', { lastSeen: '2026-09-01' })
      .person('S1')
      .knows('D1', 'S1', 'spouse')
      .phone('S1', '+8613800000003')
      .person('EX', {}, 'Chen Lawyer')
      .knows('EX', 'D1', 'executor', { source: 'collector_note', lastSeen: '2026-11-01' })
      .phone('EX', '+8613800000004', { source: 'collector_note', lastSeen: '2026-11-01' })
      .email('EX', 'estate@example.com', { source: 'collector_note', lastSeen: '2026-11-01' });
    const alive = rank(g);
    expect(alive.routes.length).toBe(5);

    g.person('D1', { deceased: true }, 'Zhang San');
    const result = rank(g);
    expect(
      result.routes.map((r) => [r.contact.value, r.recipient.personId, r.recipient.relation]),
    ).toEqual([
      ['+8613800000004', 'EX', 'executor'],
      ['estate@example.com', 'EX', 'executor'],
    ]);
    expect(result.notes[0]).toEqual({ code: 'note_deceased', params: {} });

    const noExecutor = rank(debtorWithReference().person('D1', { deceased: true }));
    expect(noExecutor.routes).toEqual([]);
    expect(noExecutor.notes.map((n) => renderMessage('zh-CN', n.code, n.params))).toContain(
      '尚不知道遗产管理人：请先找到遗产的代表人。',
    );
  });
});

describe('route ranking rules', () => {
  it('shows at most two routes per recipient before other recipients', () => {
    const g = debtorWithReference();
    for (const n of [1, 2, 3, 4])
      g.phone('D1', `+861380000000${n}`, { source: 'application', lastSeen: `2026-0${n}-01` });
    const result = rank(g);
    expect(values(result)).toEqual([
      '+8613800000004',
      '+8613800000003',
      '+8613900000001',
      '+8613800000002',
      '+8613800000001',
    ]);
  });

  it('moves a point with attempts: a right-party contact raises it, no answers lower it, a wrong party takes it out', () => {
    const base = () =>
      new GraphBuilder()
        .person('D1')
        .account('A1', 'D1')
        .phone('D1', '+8613800000001', { lastSeen: '2026-10-01' });
    const score = (g: GraphBuilder) => rank(g).routes[0]!.score;
    const plain = score(base());
    expect(
      score(base().attempt('A1', '+8613800000001', '2026-11-01T10:00:00Z', 'right_party')),
    ).toBeGreaterThan(plain);
    const oneNoAnswer = score(
      base().attempt('A1', '+8613800000001', '2026-11-01T10:00:00Z', 'no_answer'),
    );
    const wrong = rank(
      base().attempt('A1', '+8613800000001', '2026-11-01T10:00:00Z', 'wrong_party'),
    );
    expect(oneNoAnswer).toBeLessThan(plain);
    expect(wrong.routes).toEqual([]);
    expect(wrong.excluded[0]).toMatchObject({ code: 'wrong_party' });
    // attempts after `at` are not known yet
    expect(
      score(base().attempt('A1', '+8613800000001', '2026-11-30T10:00:00Z', 'wrong_party')),
    ).toBe(plain);
  });

  it('routes only to the attorney when the debtor is represented', () => {
    const g = debtorWithReference()
      .phone('D1', '+8613800000001')
      .person('D1', { attorney: { name: 'Sun Law', phone: '+8613600000000' } });
    const result = rank(g);
    expect(result.routes).toHaveLength(1);
    expect(result.routes[0]).toMatchObject({
      contact: { kind: 'phone', value: '+8613600000000' },
      recipient: { personId: 'D1', relation: 'attorney', name: 'Sun Law' },
    });
  });

  it('offers nothing when the debtor asked to stop contact, and skips third parties who did', () => {
    expect(
      rank(debtorWithReference().phone('D1', '+8613800000001').person('D1', { ceaseContact: true }))
        .routes,
    ).toEqual([]);
    const result = rank(
      debtorWithReference().phone('D1', '+8613800000001').person('R1', { ceaseContact: true }),
    );
    expect(values(result)).toEqual(['+8613800000001']);
    expect(result.excluded[0]!.reason).toBe('the person expected to answer asked to stop contact');
  });

  it('keeps to the channel asked for', () => {
    const g = debtorWithReference()
      .phone('D1', '+8613800000001')
      .email('D1', 'zs@example.com')
      .address('D1', 'ADDR1');
    expect(rank(g, { channel: 'email' }).routes.map((r) => r.contact)).toEqual([
      { kind: 'email', value: 'zs@example.com' },
    ]);
    expect(words(rank(g, { channel: 'letter' }).routes[0]!).slice(0, 2)).toEqual([
      "debtor's own current address",
      'evidence: Zhang San lives there (from the loan application, undated)',
    ]);
    const moved = rank(g.address('D1', 'ADDR0', { lastSeen: '2024-05-01', to: '2024-05-01' }), {
      channel: 'letter',
    });
    expect(moved.routes.map((r) => words(r)[0])).toEqual([
      "debtor's own current address",
      "debtor's own former address",
    ]);
    expect(words(moved.routes[1]!)[1]).toBe(
      'evidence: Zhang San lived there until May 1, 2024 (from the loan application, last seen May 1, 2024)',
    );
  });

  it('scores stay within 0..1', () => {
    const g = debtorWithReference().phone(
      'D1',
      '+8613800000001',
      { source: 'inbound_call', lastSeen: '2026-11-22' },
      { status: 'active' },
    );
    for (let i = 0; i < 20; i++)
      g.attempt(
        'A1',
        '+8613800000001',
        `2026-11-${String(1 + i).padStart(2, '0')}T10:00:00Z`,
        'promise_to_pay',
      );
    for (const r of rank(g).routes) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});
