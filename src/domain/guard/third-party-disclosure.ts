import { PhraseMatcher } from '../language/phrase-matcher.js';
import { debtorLost, type LostFacts, notLostText } from '../lost/debtor-lost.js';
import { lostParamsOf } from '../lost/lost-params.js';
import { daysPastDue } from '../model/index.js';
import type { ThirdPartyRule } from '../policy/policy-schema.js';
import { reachedRecipient, sameContact } from './attempt-scope.js';
import type { VerdictParams } from './decision.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/**
 * The lost test's facts: the loader's (own routes left, attempts to the debtor) when it gave them;
 * otherwise the attempts to the debtor on the accounts they owe in the history, with the own routes unknown (counted as
 * some left, so only the attempt counts can make the debtor lost: the stricter reading).
 */
function lostFactsFor(input: RuleInput): LostFacts {
  if (input.context.debtorLost) return input.context.debtorLost;
  const debtorId = input.context.debtor.id;
  const own = input.context.debtorContacts ?? [];
  const owed = new Set([input.request.accountId, ...input.context.debtorAccountIds]);
  const attempts = input.context.history
    .filter(
      (a, i) =>
        owed.has(a.accountId) &&
        (input.historyTimes[i] as number) <= input.at &&
        (a.personId === debtorId ||
          (a.personId === undefined && own.some((c) => sameContact(c, a.contact)))),
    )
    .map((a) => (a.outcome === undefined ? { at: a.at } : { at: a.at, outcome: a.outcome }));
  return { attempts, ownRoutesLeft: Math.max(1, own.length) };
}

/**
 * Anyone who is not the consumer under this policy is a third party: only the allowed channels,
 * only from `minDaysPastDue`, at most `maxContactsPerThirdParty` per third party per account, optionally
 * only once the debtor is unreachable, and never a message that discloses the debt.
 */
export function compileThirdParty(rule: ThirdPartyRule): CompiledRule {
  const channels = new Set(rule.channels);
  const lostParams = lostParamsOf(rule);
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
      if (lostParams) {
        const state = debtorLost(lostFactsFor(input), lostParams, new Date(input.at));
        if ('notLost' in state)
          fail(
            state.notLost.code,
            state.notLost.params,
            `third parties only once the debtor is lost: ${notLostText(state.notLost)}`,
          );
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
