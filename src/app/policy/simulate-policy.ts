import { decide } from '../../domain/guard/decide.js';
import type { RuleVerdict } from '../../domain/guard/decision.js';
import type { GuardRequest } from '../../domain/guard/guard-context.js';
import type { Channel, ContactPoint } from '../../domain/model/index.js';
import { type CompiledPolicy, compilePolicy } from '../../domain/policy/compile-policy.js';
import { parsePolicy } from '../../domain/policy/parse-policy.js';
import { AppError } from '../app-error.js';
import { loadGuardContext } from '../guard/guard-context-loader.js';
import type { GuardDeps } from '../guard/guard-deps.js';
import { refuseOverLimit } from './validate-policy.js';

export interface SimulationInput {
  policyYaml: string;
  from: string;
  to: string;
  /** At most this many contacts are re-decided (default 5,000); `truncated` says when more existed. */
  limit?: number;
  /** Examples kept per kind of change (default 20). */
  examples?: number;
}

/** One contact whose decision the candidate policy changes. */
export interface ChangedDecision {
  source: 'attempt' | 'denied_outreach';
  id: string;
  accountId: string;
  at: string;
  channel: Channel;
  /** Rules of the decision that denies (the candidate's for allow→deny, the current one's for deny→allow). */
  rules: Pick<RuleVerdict, 'id' | 'policy' | 'kind' | 'code' | 'params' | 'reason'>[];
}

/** How the candidate policy would have decided the period's contacts, next to the policies in force. */
export interface SimulationResult {
  policy: { id: string; version: string };
  from: string;
  to: string;
  decided: number;
  truncated: boolean;
  unchanged: number;
  allowToDeny: number;
  denyToAllow: number;
  /** Contacts whose recorded message cannot be re-read (only a digest is kept): banned-language and disclosure rules see no text. */
  withoutMessage: number;
  examples: { allowToDeny: ChangedDecision[]; denyToAllow: ChangedDecision[] };
  /** Every changed decision counted under each rule that denies it (not only the examples), most changes first. */
  byRule: { rule: string; allowToDeny: number; denyToAllow: number }[];
}

interface Replay {
  source: ChangedDecision['source'];
  id: string;
  request: GuardRequest;
  at: Date;
}

/**
 * Re-decides every recorded attempt and every denied outreach in [from, to) twice — with the
 * policies in force and with the candidate replacing the policy of the same id — and counts the
 * changed decisions. The history each contact sees is the one recorded before it. No side effects.
 * @throws AppError invalid: policy_invalid (details: problems), yaml_limit_exceeded, or an unusable period.
 * @example const r = await simulatePolicy(deps, { policyYaml, from: '2026-01-01', to: '2026-02-01' })
 */
export async function simulatePolicy(
  deps: GuardDeps,
  input: SimulationInput,
): Promise<SimulationResult> {
  const parsed = parsePolicy('candidate.yaml', input.policyYaml);
  if (!parsed.ok) {
    refuseOverLimit(parsed.problems);
    throw new AppError('invalid', 'policy_invalid', 'the candidate policy is invalid', {
      details: parsed.problems,
    });
  }
  const from = new Date(input.from);
  const to = new Date(input.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw new AppError(
      'invalid',
      'invalid_period',
      '"from" and "to" must be ISO-8601 dates with from < to',
    );
  }
  const candidate = compilePolicy(parsed.loaded);
  const current = deps.registry.current();
  const proposed: CompiledPolicy[] = [...current.filter((p) => p.id !== candidate.id), candidate];
  const limit = input.limit ?? 5_000;
  const keep = input.examples ?? 20;

  const replays = await replaysOf(deps, from.toISOString(), to.toISOString(), limit + 1);
  const truncated = replays.length > limit;
  const result: SimulationResult = {
    policy: { id: candidate.id, version: candidate.version },
    from: from.toISOString(),
    to: to.toISOString(),
    decided: 0,
    truncated,
    unchanged: 0,
    allowToDeny: 0,
    denyToAllow: 0,
    withoutMessage: 0,
    examples: { allowToDeny: [], denyToAllow: [] },
    byRule: [],
  };
  const byRule = new Map<string, { rule: string; allowToDeny: number; denyToAllow: number }>();
  for (const replay of replays.slice(0, limit)) {
    const account = await deps.store.getAccount(replay.request.accountId);
    if (!account) continue;
    const context = await loadGuardContext(deps.store, replay.request, {
      at: replay.at,
      policies: [...current, candidate],
      excludeAttemptIds: new Set([replay.id]),
    });
    // Only what was recorded before this contact counts (the store may hold later attempts).
    context.history = context.history.filter((a) => Date.parse(a.at) < replay.at.getTime());
    const before = decide(replay.request, context, current, replay.at);
    const after = decide(replay.request, context, proposed, replay.at);
    result.decided++;
    result.withoutMessage++;
    if (before.outcome === after.outcome) {
      result.unchanged++;
      continue;
    }
    const denying = after.outcome === 'deny' ? after : before;
    const change: ChangedDecision = {
      source: replay.source,
      id: replay.id,
      accountId: replay.request.accountId,
      at: replay.at.toISOString(),
      channel: replay.request.channel,
      rules: denying.rules.map(({ id, policy, kind, code, params, reason }) => ({
        id,
        policy,
        kind,
        code,
        params,
        reason,
      })),
    };
    for (const rule of new Set(change.rules.map((r) => r.id))) {
      const row = byRule.get(rule) ?? { rule, allowToDeny: 0, denyToAllow: 0 };
      if (after.outcome === 'deny') row.allowToDeny++;
      else row.denyToAllow++;
      byRule.set(rule, row);
    }
    if (after.outcome === 'deny') {
      result.allowToDeny++;
      if (result.examples.allowToDeny.length < keep) result.examples.allowToDeny.push(change);
    } else {
      result.denyToAllow++;
      if (result.examples.denyToAllow.length < keep) result.examples.denyToAllow.push(change);
    }
  }
  result.byRule = [...byRule.values()].sort(
    (a, b) =>
      b.allowToDeny + b.denyToAllow - (a.allowToDeny + a.denyToAllow) || (a.rule < b.rule ? -1 : 1),
  );
  return result;
}

/** Recorded attempts and denied outreach decisions in the period, oldest first. */
async function replaysOf(
  deps: GuardDeps,
  from: string,
  to: string,
  limit: number,
): Promise<Replay[]> {
  const [attempts, denied] = await Promise.all([
    deps.store.listAttempts({ from, to, limit }),
    deps.store.listAudit({ from, to, outcome: 'deny', limit }),
  ]);
  const replays: Replay[] = attempts.map((a) => ({
    source: 'attempt',
    id: a.id,
    request: requestOf(a.accountId, a.channel, a.contact, a.personId),
    at: new Date(a.at),
  }));
  for (const record of denied) {
    if (record.kind !== 'outreach') continue;
    replays.push({
      source: 'denied_outreach',
      id: record.id,
      request: requestOf(
        record.accountId,
        record.channel,
        record.contact,
        record.recipientPersonId,
      ),
      at: new Date(record.at),
    });
  }
  return replays.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function requestOf(
  accountId: string,
  channel: Channel,
  contact: ContactPoint,
  personId: string | undefined,
): GuardRequest {
  const request: GuardRequest = { accountId, channel, contact };
  if (personId !== undefined) request.recipientPersonId = personId;
  return request;
}
