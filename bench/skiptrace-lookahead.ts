/**
 * The informed yardstick planning ahead: it knows what the informed collector knows (the world
 * setting, never the truth of one number) and, before each call, plays every candidate call
 * forward to the end of the three days over many imagined truths drawn from its beliefs, the
 * informed collector choosing after that first call, under a model of the CN lost test (no own
 * number left; three failed calls in a row, from the next day). It keeps the first call with the
 * fewest expected calls to the debtor (a failure counts 10). It shows whether looking ahead (for
 * example proving the file's numbers dead early, so the references open sooner) can bring what
 * the one-step chance alone does not.
 */
import { seededRandom } from '../src/demo/seeded-random.js';
import type { Outcome } from '../src/domain/model/index.js';
import {
  afterOutcome,
  type Belief,
  KINDS,
  type Kind,
  priorBeliefs,
  referenceChance,
} from './skiptrace-beliefs.js';
import { switchboardOf } from './skiptrace-call-options.js';
import { type Choice, MAX_CALLS, type Strategy } from './skiptrace-sim.js';
import type { SimDebtor, World } from './skiptrace-world.js';

/** Imagined truths per decision: enough that the chosen call rarely changes between runs. */
const SAMPLES = 200;
const SLOTS_PER_DAY = 3;
const FAIL_COST = MAX_CALLS + 1;
/** The CN policy's debtorLost.afterConsecutiveFailures (from the next day). */
const LOST_AFTER_FAILURES = 3;

interface NumberState {
  e164: string;
  belief: Belief;
  ruledOut: boolean;
}

/** What the collector knows about one debtor between calls. */
interface DebtorKnowledge {
  numbers: NumberState[];
  learnt?: { e164: string; live: number };
  references: { e164: string; id: string; chance: number; called: boolean }[];
  switchboard?: { e164: string; current: number };
  /** Failed calls to the debtor in a row. */
  streak: number;
  /** The day (0-based) from which the run of failures makes the debtor lost, once it is long enough. */
  lostFromDay?: number;
  calls: number;
}

type Action =
  | { kind: 'number'; index: number }
  | { kind: 'learnt' }
  | { kind: 'reference'; index: number }
  | { kind: 'switchboard' };

/** One imagined truth: each number's kind, each reference's knowledge, the job, and dice. */
interface Imagined {
  kinds: Kind[];
  knows: boolean[];
  current: boolean;
  /** Seeds the outcome dice, so every candidate call is played out on the same luck. */
  diceSeed: number;
}

function clone(k: DebtorKnowledge): DebtorKnowledge {
  const copy: DebtorKnowledge = {
    numbers: k.numbers.map((n) => ({ ...n })),
    references: k.references.map((r) => ({ ...r })),
    streak: k.streak,
    calls: k.calls,
  };
  if (k.learnt) copy.learnt = { ...k.learnt };
  if (k.switchboard) copy.switchboard = { ...k.switchboard };
  if (k.lostFromDay !== undefined) copy.lostFromDay = k.lostFromDay;
  return copy;
}

/**
 * The planning collector on `world`; with `samples` 0 it plans nothing and calls the best chance
 * first: the informed collector itself (bench/skiptrace-informed.ts).
 */
export function lookaheadStrategy(
  world: World,
  {
    samples = SAMPLES,
    name = 'informed, planning ahead',
  }: { samples?: number; name?: string } = {},
): Strategy & {
  /** Steps where the plan's model of the lost test disagreed with the guard (0 when it is faithful). */
  lostModelMismatches(): number;
} {
  const setting = world.setting;
  const a = setting.ownAnswer;
  const prior = priorBeliefs(world);
  const knowledge = new Map<string, DebtorKnowledge>();
  const slotOf = new Map<string, number>();
  const rnd = seededRandom(world.seed * 31 + 7);
  const pending = new Map<string, { action: Action; slot: number }>();
  let mismatches = 0;

  const know = (d: SimDebtor): DebtorKnowledge => {
    let k = knowledge.get(d.id);
    if (!k) {
      const line = switchboardOf(world, d);
      k = {
        numbers: d.fileNumbers.map((n) => ({
          e164: n.e164,
          belief: prior(d.id, n.e164),
          ruledOut: false,
        })),
        references: d.references.map((r) => ({
          e164: r.e164,
          id: r.id,
          chance: referenceChance(world, r.kind),
          called: false,
        })),
        streak: 0,
        calls: 0,
      };
      if (line) k.switchboard = { e164: line, current: setting.employmentCurrent };
      knowledge.set(d.id, k);
    }
    return k;
  };

  const ownLeft = (k: DebtorKnowledge): number =>
    k.numbers.filter((n) => !n.ruledOut).length + (k.learnt ? 1 : 0);
  const thirdPartiesOpen = (k: DebtorKnowledge, slot: number): boolean =>
    ownLeft(k) === 0 ||
    (k.lostFromDay !== undefined && Math.floor(slot / SLOTS_PER_DAY) >= k.lostFromDay);

  /** The informed collector's candidates with their one-step values, best first. */
  const candidates = (k: DebtorKnowledge, slot: number): { action: Action; value: number }[] => {
    const out: { action: Action; value: number }[] = [];
    if (k.learnt) out.push({ action: { kind: 'learnt' }, value: k.learnt.live * a });
    k.numbers.forEach((n, index) => {
      if (!n.ruledOut && n.e164 !== k.learnt?.e164)
        out.push({ action: { kind: 'number', index }, value: n.belief.own * a });
    });
    if (!k.learnt && thirdPartiesOpen(k, slot))
      k.references.forEach((r, index) => {
        if (!r.called) out.push({ action: { kind: 'reference', index }, value: r.chance * a });
      });
    if (k.switchboard)
      out.push({
        action: { kind: 'switchboard' },
        value: k.switchboard.current * setting.putThrough,
      });
    return out.sort((x, y) => y.value - x.value);
  };

  /** Updates the knowledge after a call (the informed collector's updates, and the lost test's run). */
  const update = (
    k: DebtorKnowledge,
    action: Action,
    outcome: Outcome,
    slot: number,
    told?: string,
  ): void => {
    k.calls++;
    if (action.kind === 'reference') {
      k.references[action.index]!.called = true;
      if (told) k.learnt = { e164: told, live: 1 };
      return;
    }
    if (outcome === 'right_party') return;
    k.streak++;
    if (k.streak === LOST_AFTER_FAILURES && k.lostFromDay === undefined)
      k.lostFromDay = Math.floor(slot / SLOTS_PER_DAY) + 1;
    if (action.kind === 'learnt' && k.learnt) {
      const m = k.learnt.live * (1 - a);
      k.learnt.live = m / (m + 1 - k.learnt.live);
    } else if (action.kind === 'switchboard' && k.switchboard) {
      const q = k.switchboard.current;
      const m = q * (1 - setting.putThrough);
      k.switchboard.current = m / (m + 1 - q);
    } else if (action.kind === 'number') {
      const n = k.numbers[action.index]!;
      if (outcome === 'wrong_party' || outcome === 'invalid_number' || outcome === 'third_party')
        n.ruledOut = true;
      n.belief = afterOutcome(n.belief, outcome, a);
    }
  };

  const imagine = (k: DebtorKnowledge): Imagined => {
    const draw = (b: Belief): Kind => {
      let u = rnd();
      for (const kind of KINDS) {
        u -= b[kind];
        if (u <= 0) return kind;
      }
      return 'silent';
    };
    return {
      kinds: k.numbers.map((n) => draw(n.belief)),
      knows: k.references.map((r) => rnd() < r.chance),
      current: rnd() < (k.switchboard?.current ?? 0),
      diceSeed: Math.floor(rnd() * 2 ** 31),
    };
  };

  const outcomeOf = (k: DebtorKnowledge, action: Action, world: Imagined, u: number): Outcome => {
    switch (action.kind) {
      case 'learnt':
        return u < (k.learnt?.live ?? 0) * a ? 'right_party' : 'no_answer';
      case 'reference':
        return 'third_party';
      case 'switchboard':
        return world.current && u < setting.putThrough ? 'right_party' : 'third_party';
      case 'number': {
        const kind = world.kinds[action.index]!;
        if (kind === 'own') return u < a ? 'right_party' : 'no_answer';
        if (kind === 'dead') return 'invalid_number';
        if (kind === 'silent') return 'no_answer';
        if (kind === 'other') return u < 0.7 ? 'wrong_party' : 'no_answer';
        return u < 0.7 ? 'third_party' : 'no_answer';
      }
    }
  };

  /** Calls to the debtor if `first` is placed at `slot` and the informed collector goes on. */
  const playOut = (start: DebtorKnowledge, first: Action, slot: number, w: Imagined): number => {
    const k = clone(start);
    const dice = seededRandom(w.diceSeed);
    let action: Action | undefined = first;
    for (let s = slot; s < MAX_CALLS; s++) {
      if (s > slot) action = candidates(k, s)[0]?.action;
      if (!action) continue;
      const outcome = outcomeOf(k, action, w, dice());
      const told = action.kind === 'reference' && w.knows[action.index] ? 'learnt' : undefined;
      update(k, action, outcome, s, told);
      if (outcome === 'right_party') return k.calls;
      // A learnt number is the debtor's in truth: the imagined world gives it the answer rate.
      if (told && k.learnt) k.learnt.live = 1;
    }
    return FAIL_COST;
  };

  /** The candidates by expected calls to the debtor over `samples` imagined truths, fewest first. */
  const planned = (
    k: DebtorKnowledge,
    slot: number,
    options: { action: Action; value: number }[],
  ) => {
    const worlds = Array.from({ length: samples }, () => imagine(k));
    return options
      .map((o) => {
        let total = 0;
        for (const w of worlds) total += playOut(k, o.action, slot, w);
        return { ...o, cost: total / samples };
      })
      .sort((x, y) => x.cost - y.cost || y.value - x.value);
  };

  return {
    name,
    lostModelMismatches: () => mismatches,
    async choose(ctx): Promise<Choice> {
      const d = ctx.debtor;
      const k = know(d);
      const slot = slotOf.get(d.id) ?? 0;
      slotOf.set(d.id, slot + 1);
      const reference = k.references.find((r) => !r.called);
      if (reference && !k.learnt) {
        const guardOpen = await ctx.allowed(reference.e164, reference.id);
        if (guardOpen !== thirdPartiesOpen(k, slot)) mismatches++;
      }
      const options = candidates(k, slot);
      if (options.length === 0) return { kind: 'none', why: 'no call the policy allows' };
      for (const { action } of samples > 0 ? planned(k, slot, options) : options) {
        const choice = toChoice(d, k, action);
        if (await ctx.allowed(choice.e164, choice.recipientPersonId)) {
          pending.set(d.id, { action, slot });
          return choice;
        }
      }
      return { kind: 'none', why: 'no call the policy allows' };
    },
    observe(d, _e164, outcome, told) {
      const k = know(d);
      const p = pending.get(d.id);
      if (!p) return;
      update(k, p.action, outcome, p.slot, told);
      pending.delete(d.id);
    },
  };

  function toChoice(
    d: SimDebtor,
    k: DebtorKnowledge,
    action: Action,
  ): Extract<Choice, { kind: 'call' }> {
    switch (action.kind) {
      case 'learnt':
        return { kind: 'call', e164: k.learnt!.e164, recipientPersonId: d.id, thirdParty: false };
      case 'number':
        return {
          kind: 'call',
          e164: k.numbers[action.index]!.e164,
          recipientPersonId: d.id,
          thirdParty: false,
        };
      case 'switchboard':
        return {
          kind: 'call',
          e164: k.switchboard!.e164,
          recipientPersonId: d.id,
          thirdParty: false,
        };
      case 'reference': {
        const r = k.references[action.index]!;
        return { kind: 'call', e164: r.e164, recipientPersonId: r.id, thirdParty: true };
      }
    }
  }
}
