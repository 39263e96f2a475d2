import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import type { VerdictParams } from '../../../src/domain/guard/decision.js';
import { type Channel, Person } from '../../../src/domain/model/index.js';
import { policyOf, scenario } from '../../guard/guard-fixtures.js';

const stop = policyOf([{ id: 'stop', type: 'stop_flags' }], {
  consumerRelations: ['self', 'executor', 'attorney'],
});
const at = new Date('2026-03-03T20:00:00Z');

describe('stop flags', () => {
  it.each([['ceaseContact'], ['disputed'], ['bankrupt'], ['deceased']] as const)(
    '%s on the debtor stops contact with the debtor',
    (flag) => {
      const { request, context } = scenario({ debtorFlags: { [flag]: true } });
      context.recipient.person = context.debtor;
      const d = decide(request, context, [stop], at);
      expect(d.rules.map((r) => r.id)).toEqual(['stop']);
    },
  );

  it('deceased: the executor may be contacted', () => {
    const { request, context } = scenario({ debtorFlags: { deceased: true } });
    context.recipient = {
      person: Person.parse({ id: 'X', name: 'Exec' }),
      relations: ['executor'],
    };
    expect(decide(request, context, [stop], at).outcome).toBe('allow');
  });

  it('attorney: only the attorney’s number', () => {
    const { request, context } = scenario({
      debtorFlags: { attorney: { name: 'Counsel', phone: '+1 (415) 555-0177' } },
    });
    expect(decide(request, context, [stop], at).rules[0]?.reason).toContain('attorney');
    request.contact = { kind: 'phone', value: '+14155550177' };
    expect(decide(request, context, [stop], at).outcome).toBe('allow');
  });

  it('employer forbids contact: no calls to the workplace, letters still go', () => {
    const { request, context } = scenario({ debtorFlags: { employerForbidsContact: true } });
    expect(decide(request, context, [stop], at).outcome).toBe('allow');
    context.contact.workplace = true;
    expect(decide(request, context, [stop], at).outcome).toBe('deny');
    request.channel = 'letter';
    expect(decide(request, context, [stop], at).outcome).toBe('allow');
  });

  it('channel opt-out of the recipient, and a third party who objected', () => {
    const { request, context } = scenario({ debtorFlags: { optOut: ['sms'] } });
    context.recipient.person = context.debtor;
    request.channel = 'sms';
    expect(decide(request, context, [stop], at).outcome).toBe('deny');
    request.channel = 'call';
    expect(decide(request, context, [stop], at).outcome).toBe('allow');
    context.recipient = {
      person: Person.parse({ id: 'R', name: 'Ref', flags: { ceaseContact: true } }),
      relations: ['reference'],
    };
    expect(decide(request, context, [stop], at).rules[0]?.reason).toContain(
      'recipient asked not to be contacted',
    );
  });

  it('gives one verdict per raised flag, each with its code', () => {
    const { request, context } = scenario({ debtorFlags: { disputed: true, bankrupt: true } });
    expect(decide(request, context, [stop], at).rules).toEqual([
      expect.objectContaining({
        id: 'stop',
        kind: 'fail',
        code: 'disputed',
        params: {},
        reason: 'the debt is disputed; collection pauses until it is verified',
      }),
      expect.objectContaining({
        id: 'stop',
        kind: 'fail',
        code: 'bankrupt',
        params: {},
        reason: 'the debtor is in bankruptcy',
      }),
    ]);
  });

  const debtorFlagCodes: [Partial<Person['flags']>, Channel, string, VerdictParams][] = [
    [{ ceaseContact: true }, 'call', 'cease_contact', {}],
    [{ deceased: true }, 'call', 'deceased_estate_only', {}],
    [{ attorney: { name: 'Counsel', phone: '+14155550177' } }, 'call', 'attorney_only', {}],
    [{ optOut: ['sms'] }, 'sms', 'debtor_opted_out', { channel: 'sms' }],
  ];
  it.each(debtorFlagCodes)('%o on a %s to the debtor: %s', (flags, channel, code, params) => {
    const { request, context } = scenario({ debtorFlags: flags });
    context.recipient = { relations: ['self'] };
    request.channel = channel;
    expect(decide(request, context, [stop], at).rules).toEqual([
      expect.objectContaining({ code, params }),
    ]);
  });

  it('codes of the recipient: recipient_cease_contact, recipient_opted_out; employer_forbids_contact names the channel', () => {
    const { request, context } = scenario({ debtorFlags: { employerForbidsContact: true } });
    context.recipient = {
      person: Person.parse({
        id: 'R',
        name: 'Ref',
        flags: { ceaseContact: true, optOut: ['call'] },
      }),
      relations: ['reference'],
    };
    context.contact.workplace = true;
    expect(decide(request, context, [stop], at).rules.map((r) => [r.code, r.params])).toEqual([
      ['recipient_cease_contact', {}],
      ['employer_forbids_contact', { channel: 'call' }],
      ['recipient_opted_out', { channel: 'call' }],
    ]);
  });
});
