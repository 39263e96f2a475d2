import { PhraseMatcher } from '../language/phrase-matcher.js';
import { daysPastDue, type Outcome } from '../model/index.js';
import type { ThirdPartyRule } from '../policy/policy-schema.js';
import { reachedRecipient, sameContact } from './attempt-scope.js';
import type { VerdictParams } from './decision.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/** Outcomes that show the debtor's own route failed (the "debtor is lost" test). */
const FAILED: ReadonlySet<Outcome> = new Set<Outcome>([
  'no_answer',
  'busy',
  'invalid_number',
  'suspended',
  'wrong_party',
]);

/** How many of the latest attempts to the debtor (by person, or to the debtor's own numbers) on this account failed in a row. */
function failedInARow(input: RuleInput): number {
  const debtorId = input.context.debtor.id;
  const own = input.context.debtorContacts ?? [];
  const toDebtor = input.context.history
    .map((a, i) => ({ a, t: input.historyTimes[i] as number }))
    .filter(
      ({ a, t }) =>
        a.accountId === input.request.accountId &&
        (a.personId === debtorId ||
          (a.personId === undefined && own.some((c) => sameContact(c, a.contact)))) &&
        t <= input.at,
    )
    .sort((x, y) => y.t - x.t);
  let n = 0;
  for (const { a } of toDebtor) {
    if (a.outcome === undefined || !FAILED.has(a.outcome)) break;
    n++;
  }
  return n;
}

/**
 * Anyone who is not the consumer under this policy is a third party: only the allowed channels,
 * only from `minDaysPastDue`, at most `maxContactsPerThirdParty` per third party per account, optionally
 * only once the debtor is unreachable, and never a message that discloses the debt.
 */
export function compileThirdParty(rule: ThirdPartyRule): CompiledRule {
  const channels = new Set(rule.channels);
  const terms = new PhraseMatcher(
    rule.disclosureTerms.map((phrase) => ({ phrase, category: 'disclosure' })),
  );
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: Number.POSITIVE_INFINITY,
    check(input: RuleInput): readonly RuleFailure[] {
      if (!input.thirdParty) return PASS;
      const { request, context } = input;
      const relations = [...context.recipient.relations];
      const failures: RuleFailure[] = [];
      const fail = (code: string, params: VerdictParams, why: string): RuleFailure => {
        const failure: RuleFailure = {
          id: rule.id,
          code,
          params: { relations, ...params },
          reason: `recipient is a third party (${relations.join(', ')}): ${why}`,
        };
        failures.push(failure);
        return failure;
      };
      if (!channels.has(request.channel))
        fail(
          'channel_not_allowed',
          { channel: request.channel, allowed: [...channels] },
          `third parties may not be contacted by ${request.channel}`,
        );
      const dpd = daysPastDue(context.account, new Date(input.at));
      if (dpd < rule.minDaysPastDue)
        fail(
          'stage_too_early',
          { minDaysPastDue: rule.minDaysPastDue, daysPastDue: dpd },
          `third-party contact starts at ${rule.minDaysPastDue} days past due; the account is ${dpd}`,
        );
      if (rule.debtorUnreachableAfter !== undefined) {
        const failed = failedInARow(input);
        if (failed < rule.debtorUnreachableAfter) {
          fail(
            'debtor_not_lost',
            { required: rule.debtorUnreachableAfter, failedInARow: failed },
            `third parties only once the debtor is unreachable (${rule.debtorUnreachableAfter} failed attempts in a row; ${failed} so far)`,
          );
        }
      }
      let prior = 0;
      for (const a of context.history)
        if (a.accountId === request.accountId && reachedRecipient(a, request, context)) prior++;
      if (prior >= rule.maxContactsPerThirdParty) {
        fail(
          'third_party_limit',
          { count: prior, max: rule.maxContactsPerThirdParty },
          `this third party was already contacted ${prior} time(s) about this account; the limit is ${rule.maxContactsPerThirdParty}`,
        );
      }
      const matches =
        input.message && request.message !== undefined
          ? terms.scan(request.message, input.message)
          : [];
      if (matches.length > 0) {
        const found = [...new Set(matches.map((m) => m.phrase))];
        fail(
          'discloses_debt',
          { terms: found },
          `the message discloses the debt to a third party (${found.join(', ')})`,
        ).matches = matches;
      }
      return failures.length === 0 ? PASS : failures;
    },
  };
}
