import type { Attempt } from '../model/index.js';
import { durationMs } from '../policy/duration.js';
import type { CapNumbers, FrequencyCapRule } from '../policy/policy-schema.js';
import { reachedRecipient, sameContact } from './attempt-scope.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/** True when the contact point is one of the debtor's own (or the request's own, when that is personal). */
function personalPoint(attempt: Attempt, input: RuleInput, requestPersonal: boolean): boolean {
  if (requestPersonal && sameContact(attempt.contact, input.request.contact)) return true;
  return (input.context.debtorContacts ?? []).some((c) => sameContact(c, attempt.contact));
}

/** Whether the request is to the debtor's personal contact point, a workplace, or something else. */
export function requestNumbers(input: RuleInput): CapNumbers {
  const { context } = input;
  if (context.contact.workplace) return 'workplace';
  return context.recipient.relations.includes('self') ? 'personal' : 'other';
}

/** True when the cap's `numbers` filter covers the request (no filter covers everything). */
function coversRequest(numbers: CapNumbers | undefined, kind: CapNumbers): boolean {
  if (numbers === undefined) return true;
  if (numbers === 'other') return kind !== 'personal';
  return numbers === kind;
}

/** True when the attempt falls in the rule's scope for this request. */
function inScope(rule: FrequencyCapRule, attempt: Attempt, input: RuleInput): boolean {
  const { request, context } = input;
  switch (rule.scope) {
    case 'account':
      return attempt.accountId === request.accountId;
    case 'debtor':
      return (
        attempt.accountId === request.accountId ||
        context.debtorAccountIds.includes(attempt.accountId)
      );
    case 'contact_point':
      return sameContact(attempt.contact, request.contact);
    case 'recipient':
      return reachedRecipient(attempt, request, context);
  }
}

/**
 * At most `max` attempts on the rule's channels per scope in a rolling window; the new contact
 * would be one more, so `max` recorded attempts already deny. nextAllowedAt is when enough of them
 * have left the window.
 */
export function compileFrequencyCap(rule: FrequencyCapRule): CompiledRule {
  const windowMs = durationMs(rule.window);
  const channels = new Set(rule.channels);
  const outcomes = rule.outcomes ? new Set(rule.outcomes) : undefined;
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: windowMs,
    check(input: RuleInput): readonly RuleFailure[] {
      if (!channels.has(input.request.channel)) return PASS;
      const kind = requestNumbers(input);
      if (!coversRequest(rule.numbers, kind)) return PASS;
      const since = input.at - windowMs;
      const times: number[] = [];
      const history = input.context.history;
      for (let i = 0; i < history.length; i++) {
        const attempt = history[i] as Attempt;
        if (!channels.has(attempt.channel)) continue;
        // A reply the consumer sent is not a communication the collector initiated.
        if (attempt.direction === 'inbound') continue;
        if (
          rule.numbers !== undefined &&
          personalPoint(attempt, input, kind === 'personal') !== (rule.numbers === 'personal')
        )
          continue;
        // An attempt with no outcome yet may still be the kind counted: count it (fail closed).
        if (outcomes && attempt.outcome !== undefined && !outcomes.has(attempt.outcome)) continue;
        const t = input.historyTimes[i] as number;
        if (t <= since || t > input.at) continue;
        if (inScope(rule, attempt, input)) times.push(t);
      }
      if (times.length < rule.max) return PASS;
      times.sort((a, b) => a - b);
      const failure: RuleFailure = {
        id: rule.id,
        code: 'cap_exceeded',
        params: {
          count: times.length,
          max: rule.max,
          channels: [...channels],
          scope: rule.scope,
          window: rule.window,
          ...(rule.numbers ? { numbers: rule.numbers } : {}),
        },
        reason: `${times.length} ${[...channels].join('/')} attempt(s) per ${rule.scope.replace('_', ' ')}${rule.numbers ? ` to ${rule.numbers} numbers` : ''} in the last ${rule.window}; the cap is ${rule.max}`,
      };
      const leaving = times[times.length - rule.max];
      if (rule.max > 0 && leaving !== undefined)
        failure.nextAllowedAt = new Date(leaving + windowMs).toISOString();
      return [failure];
    },
  };
}
