import type { StopFlag, StopFlagsRule } from '../policy/policy-schema.js';
import type { GuardContext, GuardRequest } from './guard-context.js';
import type { CompiledRule, RuleFailure, RuleInput } from './rule.js';

type FlagCheck = (request: GuardRequest, context: GuardContext) => string | undefined;

/** Digits only, so "+1 (415) 555-0100" and "+14155550100" compare equal. */
function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}

function isRelation(context: GuardContext, relation: string): boolean {
  return context.recipient.relations.some((r) => r === relation);
}

const CHECKS: Record<StopFlag, FlagCheck> = {
  ceaseContact: (_r, c) => {
    if (c.debtor.flags.ceaseContact) return 'the debtor asked to cease contact';
    if (
      c.recipient.person &&
      c.recipient.person.id !== c.debtor.id &&
      c.recipient.person.flags.ceaseContact
    )
      return 'the recipient asked not to be contacted';
    return undefined;
  },
  disputed: (_r, c) =>
    c.debtor.flags.disputed
      ? 'the debt is disputed; collection pauses until it is verified'
      : undefined,
  bankrupt: (_r, c) => (c.debtor.flags.bankrupt ? 'the debtor is in bankruptcy' : undefined),
  deceased: (_r, c) =>
    c.debtor.flags.deceased && !isRelation(c, 'executor')
      ? "the debtor is deceased; only the estate's representative (executor) may be contacted"
      : undefined,
  attorney: (r, c) => {
    const attorney = c.debtor.flags.attorney;
    if (!attorney) return undefined;
    const toAttorney =
      (r.contact.kind === 'phone' && digits(r.contact.value) === digits(attorney.phone)) ||
      isRelation(c, 'attorney');
    return toAttorney
      ? undefined
      : 'the debtor is represented by an attorney; contact the attorney only';
  },
  employerForbidsContact: (r, c) =>
    c.debtor.flags.employerForbidsContact &&
    c.contact.workplace &&
    r.channel !== 'letter' &&
    r.channel !== 'email'
      ? "the debtor's employer forbids contact at work"
      : undefined,
  optOut: (r, c) => {
    const person = c.recipient.person;
    if (person?.flags.optOut.includes(r.channel)) return `the recipient opted out of ${r.channel}`;
    if (isRelation(c, 'self') && c.debtor.flags.optOut.includes(r.channel))
      return `the debtor opted out of ${r.channel}`;
    return undefined;
  },
};

/** Stop flags on the debtor and the recipient that end or restrict contact; every raised flag is listed. */
export function compileStopFlags(rule: StopFlagsRule): CompiledRule {
  const checks = rule.flags.map((flag) => CHECKS[flag]);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): RuleFailure | undefined {
      const reasons: string[] = [];
      for (const check of checks) {
        const reason = check(input.request, input.context);
        if (reason !== undefined) reasons.push(reason);
      }
      return reasons.length === 0 ? undefined : { id: rule.id, reason: reasons.join('; ') };
    },
  };
}
