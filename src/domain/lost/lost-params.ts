import type { ThirdPartyRule } from '../policy/policy-schema.js';
import type { LostParams } from './debtor-lost.js';

/** The lost test a third-party rule asks for, or undefined when it allows third parties without one. */
export function lostParamsOf(rule: ThirdPartyRule): LostParams | undefined {
  if (rule.debtorLost) {
    const p: LostParams = {
      whenNoOwnRoute: rule.debtorLost.whenNoOwnRoute,
      consecutiveFailuresFrom: rule.debtorLost.consecutiveFailuresFrom,
      timeZone: rule.debtorLost.timeZone,
    };
    if (rule.debtorLost.afterConsecutiveFailures !== undefined)
      p.afterConsecutiveFailures = rule.debtorLost.afterConsecutiveFailures;
    if (rule.debtorLost.afterDaysUnreachable !== undefined)
      p.afterDaysUnreachable = rule.debtorLost.afterDaysUnreachable;
    return p;
  }
  if (rule.debtorUnreachableAfter !== undefined)
    return {
      whenNoOwnRoute: false,
      afterConsecutiveFailures: rule.debtorUnreachableAfter,
      consecutiveFailuresFrom: 'at_once',
      timeZone: 'UTC',
    };
  return undefined;
}
