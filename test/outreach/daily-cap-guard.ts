import type { OutreachDecision, OutreachGuard } from '../../src/app/outreach/outreach-guard.js';
import type { Decision } from '../../src/domain/guard/decision.js';
import type { AttemptLog } from '../../src/store/graph-store.js';

/**
 * A test guard: allows `perDay` attempts per account per UTC day, counting the attempts already
 * stored through the caller's transaction (as the real frequency rule does).
 */
export function dailyCapGuard(perDay: number): OutreachGuard {
  return {
    async decideInTx(tx, request, at): Promise<OutreachDecision> {
      const decision = await capDecision(tx, request.accountId, at, perDay);
      return request.recipientPersonId === undefined
        ? { decision }
        : { decision, recipientPersonId: request.recipientPersonId };
    },
  };
}

async function capDecision(
  tx: AttemptLog,
  accountId: string,
  at: Date,
  perDay: number,
): Promise<Decision> {
  const dayStart = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);
  const made = await tx.listAttempts({
    accountId,
    from: dayStart.toISOString(),
    to: dayEnd.toISOString(),
  });
  if (made.length < perDay) return { outcome: 'allow', rules: [], policyVersion: 'test-cap' };
  return {
    outcome: 'deny',
    rules: [
      {
        id: 'test.account_daily_cap',
        policy: 'test',
        kind: 'fail',
        code: 'cap_exceeded',
        params: { count: made.length, max: perDay },
        reason: `${made.length} attempts today; the cap is ${perDay}`,
        nextAllowedAt: dayEnd.toISOString(),
      },
    ],
    policyVersion: 'test-cap',
  };
}
