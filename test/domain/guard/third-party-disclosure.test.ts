import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import { Person } from '../../../src/domain/model/index.js';
import { attempts, policyOf, scenario } from '../../guard/guard-fixtures.js';

const cn = policyOf(
  [
    {
      id: 'tp',
      type: 'third_party',
      channels: ['call', 'sms'],
      minDaysPastDue: 1,
      debtorUnreachableAfter: 3,
      maxContactsPerThirdParty: 1,
      disclosureTerms: ['还款', '欠款', '逾期'],
    },
  ],
  { jurisdictions: ['CN'], consumerRelations: ['self', 'guarantor'] },
);
const at = new Date('2026-03-03T15:00:00+08:00');
const REF = '+8613900139000';

function toReference(message: string): ReturnType<typeof scenario> {
  const s = scenario({ jurisdiction: 'CN', e164: REF });
  s.request.channel = 'sms';
  s.request.message = message;
  s.context.recipient = {
    person: Person.parse({ id: 'R1', name: 'Ref' }),
    relations: ['reference'],
  };
  s.context.history = attempts(3, '2026-03-01T10:00:00Z', {
    outcome: 'no_answer',
    contact: { kind: 'phone', value: '+8613800138000' },
  });
  return s;
}

describe('third-party disclosure', () => {
  it('"请转告他尽快还款" to a reference is denied for disclosure, naming the span', () => {
    const { request, context } = toReference('请转告他尽快还款');
    const d = decide(request, context, [cn], at);
    expect(d.outcome).toBe('deny');
    expect(d.rules[0]?.matches).toEqual([
      { category: 'disclosure', phrase: '还款', start: 6, end: 8, text: '还款' },
    ]);
  });

  it('"您好，请 张三 回电" is allowed once and denied the second time', () => {
    const { request, context } = toReference('您好，请 张三 回电');
    expect(decide(request, context, [cn], at).outcome).toBe('allow');
    context.history = [
      ...context.history,
      ...attempts(1, '2026-03-02T10:00:00Z', {
        id: 'ref-1',
        personId: 'R1',
        channel: 'sms',
        contact: { kind: 'phone', value: REF },
      }),
    ];
    const second = decide(request, context, [cn], at);
    expect(second.outcome).toBe('deny');
    expect(second.rules[0]?.reason).toContain('already contacted 1 time');
  });

  it('counts earlier contacts to the same number even without a recorded person', () => {
    const { request, context } = toReference('您好，请回电');
    context.history = [
      ...context.history,
      ...attempts(1, '2026-03-02T10:00:00Z', {
        id: 'x',
        personId: undefined,
        contact: { kind: 'phone', value: REF },
      }),
    ];
    expect(decide(request, context, [cn], at).outcome).toBe('deny');
  });

  it('requires the debtor to be unreachable: a later answered call resets it', () => {
    const { request, context } = toReference('您好，请回电');
    context.history = [
      ...context.history,
      ...attempts(1, '2026-03-02T10:00:00Z', { id: 'ok', outcome: 'right_party' }),
    ];
    expect(decide(request, context, [cn], at).rules[0]?.reason).toContain('not lost yet');
  });

  it('denies channels and stages the policy does not allow, listing every reason', () => {
    const { request, context } = toReference('您好');
    request.channel = 'email';
    request.contact = { kind: 'email', value: 'ref@example.com' };
    context.account.dueDate = '2026-03-03';
    const rules = decide(request, context, [cn], at).rules;
    expect(rules.map((r) => r.code)).toEqual(['channel_not_allowed', 'stage_too_early']);
    expect(rules[0]?.reason).toContain('by email');
    expect(rules[1]?.reason).toContain('days past due');
  });

  it('gives one verdict per failed check, each with its code and the numbers its message needs', () => {
    const { request, context } = toReference('请尽快还款');
    request.channel = 'email';
    request.contact = { kind: 'email', value: 'ref@example.com' };
    context.account.dueDate = '2026-03-03';
    context.history = [
      ...attempts(1, '2026-03-02T10:00:00Z', { id: 'ok', outcome: 'right_party' }),
      ...attempts(1, '2026-03-02T11:00:00Z', {
        id: 'ref-1',
        personId: 'R1',
        outcome: 'right_party',
        contact: { kind: 'phone', value: REF },
      }),
    ];
    const d = decide(request, context, [cn], at);
    const relations = ['reference'];
    expect(d.rules.map(({ id, kind, code, params }) => ({ id, kind, code, params }))).toEqual([
      {
        id: 'tp',
        kind: 'fail',
        code: 'channel_not_allowed',
        params: { relations, channel: 'email', allowed: ['call', 'sms'] },
      },
      {
        id: 'tp',
        kind: 'fail',
        code: 'stage_too_early',
        params: { relations, minDaysPastDue: 1, daysPastDue: 0 },
      },
      {
        id: 'tp',
        kind: 'fail',
        code: 'debtor_not_lost',
        params: { relations, requiredFailures: 3, failedInARow: 0, ownRoutesLeft: 1 },
      },
      {
        id: 'tp',
        kind: 'fail',
        code: 'third_party_limit',
        params: { relations, count: 1, max: 1 },
      },
      { id: 'tp', kind: 'fail', code: 'discloses_debt', params: { relations, terms: ['还款'] } },
    ]);
    expect(
      d.rules.every((r) => r.reason.startsWith('recipient is a third party (reference): ')),
    ).toBe(true);
    expect(d.rules.filter((r) => r.matches !== undefined).map((r) => r.code)).toEqual([
      'discloses_debt',
    ]);
  });

  it('does not apply to the consumer: the debtor and a guarantor may hear about the debt', () => {
    const { request, context } = toReference('您的贷款已逾期，请还款');
    context.recipient.relations = ['guarantor'];
    expect(decide(request, context, [cn], at).outcome).toBe('allow');
    context.recipient.relations = ['unknown'];
    expect(decide(request, context, [cn], at).outcome).toBe('deny');
  });
});
