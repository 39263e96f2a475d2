import { type ConsumerRequest, describeRequest } from '../model/index.js';
import type { ConsumerRequestsRule } from '../policy/policy-schema.js';
import { sameContact } from './attempt-scope.js';
import { instantOf, localTime, minutesOf } from './local-time.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';
import { zonesFor } from './time-window.js';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** True when an opt-out bars this request: its channel (anywhere) or its contact point (any channel, or the named one). */
function barsContact(r: ConsumerRequest, input: RuleInput): boolean {
  const { channel, contact } = input.request;
  if (r.contact)
    return sameContact(r.contact, contact) && (r.channel === undefined || r.channel === channel);
  return r.channel === channel;
}

/** The end of the inconvenient period now running in some candidate zone, or undefined when none is. */
function inconvenientUntil(r: ConsumerRequest, input: RuleInput): number | undefined {
  if (r.from === undefined || r.to === undefined) return undefined;
  const from = minutesOf(r.from);
  const to = minutesOf(r.to);
  let until: number | undefined;
  for (const zone of zonesFor(input.context).zones) {
    const t = localTime(zone, input.at);
    const day = DAY_NAMES[t.weekday] as (typeof DAY_NAMES)[number];
    if (r.days && !r.days.includes(day)) continue;
    if (t.minutes < from || t.minutes >= to) continue;
    const end = instantOf(zone, t.year, t.month, t.day, to);
    if (until === undefined || end > until) until = end;
  }
  return until;
}

function atPlace(r: ConsumerRequest, input: RuleInput): boolean {
  if (r.place === 'workplace') return input.context.contact.workplace;
  const contact = input.request.contact;
  return r.place !== undefined && contact.kind === 'address' && contact.value === r.place.addressId;
}

/** The failed check for one request, or undefined when it does not bar this contact. */
function verdictOf(id: string, r: ConsumerRequest, input: RuleInput): RuleFailure | undefined {
  const params = {
    request: r.id,
    kind: r.kind,
    requestedAt: r.requestedAt,
    source: r.source,
    description: describeRequest(r),
  };
  const reason = `the consumer asked: ${describeRequest(r)}`;
  if (r.kind === 'opt_out')
    return barsContact(r, input) ? { id, code: 'consumer_opted_out', params, reason } : undefined;
  if (r.kind === 'inconvenient_place')
    return atPlace(r, input)
      ? { id, code: 'consumer_place_inconvenient', params, reason }
      : undefined;
  const until = inconvenientUntil(r, input);
  if (until === undefined) return undefined;
  // Only a time limit ends by itself; an opt-out or a barred place lasts until it is lifted.
  return {
    id,
    code: 'consumer_time_inconvenient',
    params: { ...params, from: r.from ?? '', to: r.to ?? '' },
    reason,
    nextAllowedAt: new Date(until).toISOString(),
  };
}

/**
 * The consumer's own limits, recorded on the person with their dates, enforced like any rule: an
 * opt-out of a channel or a contact point (12 CFR 1006.14(h)), a time they said is inconvenient
 * (1006.6(b)(1)), a place they said is inconvenient (1006.6(b)(3)). The denial names each request
 * and its date. Requests bind the person who made them: the debtor's bind contact with the debtor,
 * a third party's bind contact with that third party.
 */
export function compileConsumerRequests(rule: ConsumerRequestsRule): CompiledRule {
  const kinds = new Set(rule.kinds);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      const requests = input.context.recipient.person?.flags.requests ?? [];
      if (requests.length === 0) return PASS;
      const failures: RuleFailure[] = [];
      for (const r of requests) {
        if (!kinds.has(r.kind)) continue;
        if (Date.parse(r.requestedAt) > input.at) continue;
        const failure = verdictOf(rule.id, r, input);
        if (failure) failures.push(failure);
      }
      return failures;
    },
  };
}
