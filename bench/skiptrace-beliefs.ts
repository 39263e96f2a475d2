/**
 * What a collector who knows the world setting (never the truth of one number) believes about the
 * debtor's numbers: a probability per kind of number (the debtor's, dead, a stranger's, a silent
 * SIM, a relative's line), its prior from the number's sources, and Bayes' update by each outcome.
 * Used by the informed yardsticks (bench/skiptrace-lookahead.ts; bench/skiptrace-informed.ts is it without planning).
 */
import type { Outcome } from '../src/domain/model/index.js';
import { type FileSource, KNOWS_BY_KIND, type SimDebtor, type World } from './skiptrace-world.js';

export const KINDS = ['own', 'dead', 'other', 'silent', 'relative'] as const;
export type Kind = (typeof KINDS)[number];
/** A probability per kind of number. */
export type Belief = Record<Kind, number>;

/** A reference answers 65% of calls; about 78% of their filed numbers still work. */
export const REFERENCE_REACHED = 0.65 * 0.78;

/** Stranger's lines and relatives' lines are answered on 70% of calls (the simulation's callOutcome). */
const OTHERS_ANSWER = 0.7;

function normalised(b: Belief): Belief {
  const z = KINDS.reduce((s, k) => s + b[k], 0);
  return Object.fromEntries(KINDS.map((k) => [k, z > 0 ? b[k] / z : 0])) as Belief;
}

/** How likely `outcome` is on a line whose holder answers with `rate` and, answering, says `answered`. */
function answering(outcome: Outcome, answered: Outcome, rate: number): number {
  return outcome === answered ? rate : outcome === 'no_answer' ? 1 - rate : 0;
}

/** How likely `outcome` is on a number of this kind, whose debtor answers with `ownAnswer`. */
export function likelihood(kind: Kind, outcome: Outcome, ownAnswer: number): number {
  switch (kind) {
    case 'own':
      return answering(outcome, 'right_party', ownAnswer);
    case 'dead':
      return outcome === 'invalid_number' ? 1 : 0;
    case 'other':
      return answering(outcome, 'wrong_party', OTHERS_ANSWER);
    case 'silent':
      return outcome === 'no_answer' ? 1 : 0;
    case 'relative':
      return answering(outcome, 'third_party', OTHERS_ANSWER);
  }
}

/** The belief after `outcome` (Bayes' rule). */
export function afterOutcome(b: Belief, outcome: Outcome, ownAnswer: number): Belief {
  return normalised(
    Object.fromEntries(KINDS.map((k) => [k, b[k] * likelihood(k, outcome, ownAnswer)])) as Belief,
  );
}

/** The chance a reference of this kind answers and tells the debtor's new number. */
export function referenceChance(
  world: World,
  kind: SimDebtor['references'][number]['kind'],
): number {
  return REFERENCE_REACHED * Math.min(1, (KNOWS_BY_KIND[kind] ?? 0.3) * world.setting.knowFactor);
}

/**
 * The prior belief about a debtor's number: a number several debtors hold is a stranger's (a
 * broker's); otherwise its first source's profile, weighed by whether a second source
 * corroborates it.
 */
export function priorBeliefs(world: World): (debtorId: string, e164: string) => Belief {
  const setting = world.setting;
  const holders = new Map<string, Set<string>>();
  for (const p of world.file.phones)
    if (p.owner.kind === 'person')
      holders.set(p.phone.e164, (holders.get(p.phone.e164) ?? new Set()).add(p.owner.id));
  return (debtorId, e164) => {
    const links = world.file.phones.filter(
      (l) => l.owner.kind === 'person' && l.owner.id === debtorId && l.phone.e164 === e164,
    );
    if ((holders.get(e164)?.size ?? 0) > 1)
      return { own: 0, dead: 0, other: 1, silent: 0, relative: 0 };
    const profile = setting.sources[links[0]!.source as FileSource];
    const twice = links.length > 1;
    const own = twice ? setting.corroborateOwn : 1 - setting.corroborateOwn;
    const rest = twice ? setting.corroborateOther : 1 - setting.corroborateOther;
    return normalised({
      own: profile.own * own,
      dead: profile.dead * rest,
      other: profile.other * rest,
      silent: profile.silent * rest,
      relative: profile.relative * rest,
    });
  };
}
