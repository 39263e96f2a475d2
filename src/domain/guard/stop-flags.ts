import type { StopFlag, StopFlagsRule } from '../policy/policy-schema.js';
import type { GuardContext, GuardRequest } from './guard-context.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/** A raised flag: its code, what its message needs, and the words. */
type Raised = Pick<RuleFailure, 'code' | 'params' | 'reason'>;
type FlagCheck = (request: GuardRequest, context: GuardContext) => Raised | undefined;

/** Digits only, so "+1 (415) 555-0100" and "+14155550100" compare equal. */
function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}

function isRelation(context: GuardContext, relation: string): boolean {
  return context.recipient.relations.some((r) => r === relation);
}

const CHECKS: Record<StopFlag, FlagCheck> = {
  ceaseContact: (_r, c) => {
    if (c.debtor.flags.ceaseContact)
      return { code: 'cease_contact', params: {}, reason: 'the debtor asked to cease contact' };
    if (
      c.recipient.person &&
      c.recipient.person.id !== c.debtor.id &&
      c.recipient.person.flags.ceaseContact
    )
      return {
        code: 'recipient_cease_contact',
        params: {},
        reason: 'the recipient asked not to be contacted',
      };
    return undefined;
  },
  disputed: (_r, c) =>
    c.debtor.flags.disputed
      ? {
          code: 'disputed',
          params: {},
          reason: 'the debt is disputed; collection pauses until it is verified',
        }
      : undefined,
  bankrupt: (_r, c) =>
    c.debtor.flags.bankrupt
      ? { code: 'bankrupt', params: {}, reason: 'the debtor is in bankruptcy' }
      : undefined,
  deceased: (_r, c) =>
    c.debtor.flags.deceased && !isRelation(c, 'executor')
      ? {
          code: 'deceased_estate_only',
          params: {},
          reason:
            "the debtor is deceased; only the estate's representative (executor) may be contacted",
        }
      : undefined,
  attorney: (r, c) => {
    const attorney = c.debtor.flags.attorney;
    if (!attorney) return undefined;
    const toAttorney =
      (r.contact.kind === 'phone' && digits(r.contact.value) === digits(attorney.phone)) ||
      isRelation(c, 'attorney');
    return toAttorney
      ? undefined
      : {
          code: 'attorney_only',
          params: {},
          reason: 'the debtor is represented by an attorney; contact the attorney only',
        };
  },
  employerForbidsContact: (r, c) =>
    c.debtor.flags.employerForbidsContact &&
    c.contact.workplace &&
    r.channel !== 'letter' &&
    r.channel !== 'email'
      ? {
          code: 'employer_forbids_contact',
          params: { channel: r.channel },
          reason: "the debtor's employer forbids contact at work",
        }
      : undefined,
  optOut: (r, c) => {
    const person = c.recipient.person;
    if (person?.flags.optOut.includes(r.channel))
      return {
        code: 'recipient_opted_out',
        params: { channel: r.channel },
        reason: `the recipient opted out of ${r.channel}`,
      };
    if (isRelation(c, 'self') && c.debtor.flags.optOut.includes(r.channel))
      return {
        code: 'debtor_opted_out',
        params: { channel: r.channel },
        reason: `the debtor opted out of ${r.channel}`,
      };
    return undefined;
  },
};

/** Stop flags on the debtor and the recipient that end or restrict contact; one failure per raised flag. */
export function compileStopFlags(rule: StopFlagsRule): CompiledRule {
  const checks = rule.flags.map((flag) => CHECKS[flag]);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      const failures: RuleFailure[] = [];
      for (const check of checks) {
        const raised = check(input.request, input.context);
        if (raised !== undefined) failures.push({ id: rule.id, ...raised });
      }
      return failures.length === 0 ? PASS : failures;
    },
  };
}
