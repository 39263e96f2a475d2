import { durationMs } from '../policy/duration.js';
import type { CoolDownRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/**
 * After a conversation on the account (an attempt with a conversation outcome such as right_party or
 * promise_to_pay), no new contact on the rule's channels for `duration`.
 */
export function compileCoolDown(rule: CoolDownRule): CompiledRule {
  const ms = durationMs(rule.duration);
  const channels = new Set(rule.channels);
  const after = new Set(rule.after);
  const conversationChannels = new Set(rule.conversationChannels);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: ms,
    check(input: RuleInput): readonly RuleFailure[] {
      if (!channels.has(input.request.channel)) return PASS;
      let latest: number | undefined;
      const history = input.context.history;
      for (let i = 0; i < history.length; i++) {
        const attempt = history[i] as (typeof history)[number];
        if (
          attempt.accountId !== input.request.accountId ||
          attempt.outcome === undefined ||
          !after.has(attempt.outcome)
        )
          continue;
        if (!conversationChannels.has(attempt.channel)) continue;
        const t = input.historyTimes[i] as number;
        if (t > input.at - ms && t <= input.at && (latest === undefined || t > latest)) latest = t;
      }
      if (latest === undefined) return PASS;
      return [
        {
          id: rule.id,
          code: 'cool_down',
          params: {
            conversationAt: new Date(latest).toISOString(),
            hoursAgo: Math.floor((input.at - latest) / 3_600_000),
            channels: [...channels],
            duration: rule.duration,
          },
          reason: `a conversation on this account took place ${formatAgo(input.at - latest)} ago; no ${[...channels].join('/')} for ${rule.duration} after one`,
          nextAllowedAt: new Date(latest + ms).toISOString(),
        },
      ];
    },
  };
}

function formatAgo(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 48 ? `${Math.floor(hours / 24)} days` : `${hours} hours`;
}
