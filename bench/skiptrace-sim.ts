/**
 * Runs one strategy on one world: 3 days, 3 call slots a day per debtor, the CN reference policy,
 * every attempt placed through the outreach use case (the guard decides and records it) and every
 * outcome recorded through the outcome use case, with what the call revealed as learnt facts.
 * The outcome of the k-th call to a number comes from the shared dice, so strategies differ only
 * in whom they call.
 */
import { fileURLToPath } from 'node:url';
import { DispatchRelay } from '../src/app/dispatch/dispatch-relay.js';
import { outboxDispatcher } from '../src/app/dispatch/outbox-dispatcher.js';
import { createOutreachGuard, decideWith } from '../src/app/guard/check-guard.js';
import { type OutreachDeps, sendOutreach } from '../src/app/outreach/send-outreach.js';
import { PolicyRegistry } from '../src/app/policy/policy-registry.js';
import { recordOutcome } from '../src/app/routes/record-outcome.js';
import type { LearntFacts, Outcome } from '../src/domain/model/index.js';
import { silentLog } from '../src/log/log.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import type { NumberTruth, SimDebtor, World } from './skiptrace-world.js';
import { OutcomeDice } from './skiptrace-world.js';

/** A call a strategy wants to place next, or why it has none. */
export type Choice =
  | { kind: 'call'; e164: string; recipientPersonId: string; thirdParty: boolean }
  | { kind: 'none'; why: string };

/** What a strategy can read and ask: the store, the guard (without recording), the clock of the step. */
export interface StrategyContext {
  store: GraphStore;
  registry: PolicyRegistry;
  debtor: SimDebtor;
  at: Date;
  /** True when the guard would allow a call to this number for this recipient now (not audited). */
  allowed(e164: string, recipientPersonId: string): Promise<boolean>;
}

/** A way of choosing the next call; `learn` tells it what the last call revealed. */
export interface Strategy {
  name: string;
  choose(ctx: StrategyContext): Promise<Choice>;
  /** The outcome of the call it chose, and a phone learnt from it, if any. */
  observe?(debtor: SimDebtor, e164: string, outcome: Outcome, learnt?: string): void;
}

/** The figures of one strategy on one world. */
export interface SimMetrics {
  debtors: number;
  reached: number;
  /** Mean calls to the first right-party contact; a debtor not reached in 9 slots counts 10. */
  meanCalls: number;
  calls: number;
  /** Calls to a number after it answered wrong party or invalid number for this debtor. */
  repeatBad: number;
  /** Slots with no allowed route although the policy allowed some call to the debtor's world. */
  stuck: number;
  /** Slots where the policy allowed no call at all (a stated reason is the best one can do). */
  idle: number;
  thirdPartyCalls: number;
  /** Chosen calls the guard then denied (0 for a strategy that asks the guard first). */
  denied: number;
  /** Per debtor, the call that first reached them (absent: not reached). */
  reachedAtCall: Map<string, number>;
}

export const POLICY_DIR = fileURLToPath(new URL('../policies', import.meta.url));
const DAYS = 3;
/** Local call slots (Asia/Shanghai, UTC+8): 09:00, 13:00, 18:00, half an hour later each day so
 * no rolling-24h window sees a day's first call as the previous day's. */
const SLOT_HOURS = [9, 13, 18];
/** The most calls one debtor gets: 3 days × 3 calls. */
export const MAX_CALLS = DAYS * SLOT_HOURS.length;

/** The instant of slot `s` on day `d` of the world. */
export function slotTime(world: World, d: number, s: number): Date {
  const midnightUtc = Date.UTC(
    world.at.getUTCFullYear(),
    world.at.getUTCMonth(),
    world.at.getUTCDate() + d,
  );
  return new Date(midnightUtc + ((SLOT_HOURS[s]! - 8) * 60 + d * 30) * 60_000);
}

/** What the person answering this number says, given the dice. */
export function callOutcome(
  truth: NumberTruth | undefined,
  u: number,
  putThrough: number,
): Outcome {
  if (!truth) return 'invalid_number';
  switch (truth.kind) {
    case 'own':
      return u < truth.answer ? 'right_party' : 'no_answer';
    case 'dead':
      return 'invalid_number';
    case 'other':
      return u < 0.7 ? 'wrong_party' : 'no_answer';
    case 'silent':
      return 'no_answer';
    case 'relative':
      return u < 0.7 ? 'third_party' : 'no_answer';
    case 'reference':
      return u < truth.answer ? 'third_party' : 'no_answer';
    case 'switchboard':
      return truth.current && u < putThrough ? 'right_party' : 'third_party';
  }
}

/** Loads a world's file into a store the way an import would. */
export async function seedWorld(store: GraphStore, world: World): Promise<void> {
  const f = world.file;
  await store.upsertPersons(f.persons);
  await store.upsertAccounts(f.accounts);
  await store.upsertEmployers(f.employers);
  await store.upsertEmployments(f.employments);
  await store.upsertRelations(f.relations);
  await store.upsertPhoneLinks(f.phones);
}

interface DebtorState {
  calls: number;
  reachedAt?: number;
  bad: Set<string>;
  ruledOut: Set<string>;
}

/** Runs one strategy on a fresh store holding the world's file; returns its figures. */
export async function simulate(world: World, strategy: Strategy): Promise<SimMetrics> {
  const store = await openSqliteStore(':memory:');
  const registry = await PolicyRegistry.open(POLICY_DIR, { watch: false });
  try {
    await seedWorld(store, world);
    return await run(world, strategy, store, registry);
  } finally {
    registry.close();
    await store.close();
  }
}

/** Runs one strategy on a store already holding the world's file (the store stays open, with its attempts). */
export async function simulateOn(
  store: GraphStore,
  world: World,
  strategy: Strategy,
): Promise<SimMetrics> {
  const registry = await PolicyRegistry.open(POLICY_DIR, { watch: false });
  try {
    return await run(world, strategy, store, registry);
  } finally {
    registry.close();
  }
}

async function run(
  world: World,
  strategy: Strategy,
  store: GraphStore,
  registry: PolicyRegistry,
): Promise<SimMetrics> {
  const dice = new OutcomeDice(world.seed);
  const callsTo = new Map<string, number>();
  let now = world.at;
  let serial = 0;
  const deps: OutreachDeps = {
    store,
    guard: createOutreachGuard(registry),
    relay: new DispatchRelay({
      store,
      dispatcher: outboxDispatcher(),
      clock: () => now,
      log: silentLog,
    }),
    clock: () => now,
    newId: () => `sim-${++serial}`,
    log: silentLog,
  };
  const m: SimMetrics = {
    debtors: world.debtors.length,
    reached: 0,
    meanCalls: 0,
    calls: 0,
    repeatBad: 0,
    stuck: 0,
    idle: 0,
    thirdPartyCalls: 0,
    denied: 0,
    reachedAtCall: new Map(),
  };
  const states = new Map<string, DebtorState>(
    world.debtors.map((d) => [
      d.id,
      { calls: 0, bad: new Set<string>(), ruledOut: new Set<string>() },
    ]),
  );
  for (let d = 0; d < DAYS; d++) {
    for (let s = 0; s < SLOT_HOURS.length; s++) {
      now = slotTime(world, d, s);
      for (const debtor of world.debtors) {
        const state = states.get(debtor.id)!;
        if (state.reachedAt !== undefined) continue;
        const at = now;
        const allowed = async (e164: string, recipientPersonId: string) =>
          (
            await decideWith(
              store,
              registry,
              {
                accountId: debtor.accountId,
                channel: 'call',
                contact: { kind: 'phone', value: e164 },
                recipientPersonId,
              },
              at,
            )
          ).outcome === 'allow';
        const choice = await strategy.choose({ store, registry, debtor, at, allowed });
        if (choice.kind === 'none') {
          if (
            await anyAllowed(world, debtor, new Set([...state.bad, ...state.ruledOut]), allowed)
          ) {
            m.stuck++;
            if (process.env.SIM_DEBUG)
              process.stderr.write(`${strategy.name} ${debtor.id} d${d}s${s}: ${choice.why}\n`);
          } else m.idle++;
          continue;
        }
        let attemptId: string;
        try {
          const result = await sendOutreach(deps, {
            accountId: debtor.accountId,
            channel: 'call',
            contact: { kind: 'phone', value: choice.e164 },
            recipientPersonId: choice.recipientPersonId,
            idempotencyKey: `sim-${debtor.id}-${d}-${s}`,
          });
          attemptId = result.accepted.attemptId;
          await result.delivery;
        } catch {
          m.denied++;
          continue;
        }
        const k = callsTo.get(choice.e164) ?? 0;
        callsTo.set(choice.e164, k + 1);
        const truth = world.truth.get(choice.e164);
        const outcome = callOutcome(truth, dice.draw(choice.e164, k), world.setting.putThrough);
        state.calls++;
        m.calls++;
        if (choice.thirdParty) m.thirdPartyCalls++;
        if (state.bad.has(choice.e164)) m.repeatBad++;
        if (outcome === 'wrong_party' || outcome === 'invalid_number') state.bad.add(choice.e164);
        // Someone else on the debtor's own number: no way to the debtor (kept apart from `bad`).
        if (outcome === 'third_party' && !choice.thirdParty && truth?.kind !== 'switchboard')
          state.ruledOut.add(choice.e164);
        const learnt =
          truth?.kind === 'reference' && truth.knows && outcome === 'third_party'
            ? debtor.current
            : undefined;
        const facts: LearntFacts | undefined = learnt
          ? { phones: [{ phone: learnt, from: choice.recipientPersonId }] }
          : undefined;
        await recordOutcome(
          { store },
          attemptId,
          facts ? { outcome, learnt: facts } : { outcome },
          new Date(at.getTime() + 60_000),
        );
        strategy.observe?.(debtor, choice.e164, outcome, learnt);
        if (outcome === 'right_party') {
          state.reachedAt = state.calls;
          m.reachedAtCall.set(debtor.id, state.calls);
          m.reached++;
        }
      }
    }
  }
  let total = 0;
  for (const st of states.values()) total += st.reachedAt ?? MAX_CALLS + 1;
  m.meanCalls = total / world.debtors.length;
  return m;
}

/**
 * True when the guard allows a call to a number of the debtor's world (own, references, employer)
 * that has not already answered wrong party or invalid for this debtor.
 */
async function anyAllowed(
  world: World,
  debtor: SimDebtor,
  bad: ReadonlySet<string>,
  allowed: (e164: string, recipientPersonId: string) => Promise<boolean>,
): Promise<boolean> {
  for (const n of debtor.fileNumbers)
    if (!bad.has(n.e164) && (await allowed(n.e164, debtor.id))) return true;
  for (const r of debtor.references)
    if (!bad.has(r.e164) && (await allowed(r.e164, r.id))) return true;
  const employment = world.file.employments.find((e) => e.personId === debtor.id);
  if (employment) {
    const line = world.file.phones.find(
      (p) => p.owner.kind === 'employer' && p.owner.id === employment.employerId,
    );
    if (line && (await allowed(line.phone.e164, debtor.id))) return true;
  }
  return false;
}
