/**
 * A reference strategy for the skip-trace simulation: a collector who knows the world setting's
 * true source profiles (how likely a number from each source is the debtor's, dead, a stranger's,
 * a silent SIM or a relative's line), the answer rates and how often references know the new
 * number, but not the truth of any one number. It keeps a posterior over what each number is,
 * updated by every outcome, and calls the number (or reference, or switchboard) with the best
 * chance of leading to the debtor. No ranking can know more than this from the file, so its mean
 * calls show how far the file's information lets any strategy go on these worlds.
 */
import type { Outcome } from '../src/domain/model/index.js';
import { CallOptions, switchboardOf } from './skiptrace-call-options.js';
import type { Choice, Strategy } from './skiptrace-sim.js';
import { type FileSource, KNOWS_BY_KIND, type World } from './skiptrace-world.js';

const KINDS = ['own', 'dead', 'other', 'silent', 'relative'] as const;
type Kind = (typeof KINDS)[number];
type Belief = Record<Kind, number>;

/** How likely each outcome is for each kind of number (the simulation's callOutcome). */
function likelihoods(ownAnswer: number): Record<Kind, Partial<Record<Outcome, number>>> {
  return {
    own: { right_party: ownAnswer, no_answer: 1 - ownAnswer },
    dead: { invalid_number: 1 },
    other: { wrong_party: 0.7, no_answer: 0.3 },
    silent: { no_answer: 1 },
    relative: { third_party: 0.7, no_answer: 0.3 },
  };
}

/** A reference answers 65% of calls; about 78% of their filed numbers still work. */
const REFERENCE_REACHED = 0.65 * 0.78;

function normalised(b: Belief): Belief {
  const z = KINDS.reduce((s, k) => s + b[k], 0);
  return Object.fromEntries(KINDS.map((k) => [k, z > 0 ? b[k] / z : 0])) as Belief;
}

/** The informed collector on `world` (it reads the setting and the file, never the truth). */
export function informedStrategy(world: World): Strategy {
  const setting = world.setting;
  const lik = likelihoods(setting.ownAnswer);
  const holders = new Map<string, Set<string>>();
  for (const p of world.file.phones)
    if (p.owner.kind === 'person')
      holders.set(p.phone.e164, (holders.get(p.phone.e164) ?? new Set()).add(p.owner.id));
  const beliefs = new Map<string, Belief>();
  const learnt = new Map<string, { e164: string; live: number }>();
  const calledReferences = new Set<string>();
  const switchboardCurrent = new Map<string, number>();
  const ruledOut = new Set<string>();

  const prior = (debtorId: string, e164: string): Belief => {
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
  const belief = (debtorId: string, e164: string): Belief => {
    const key = `${debtorId}|${e164}`;
    let b = beliefs.get(key);
    if (!b) {
      b = prior(debtorId, e164);
      beliefs.set(key, b);
    }
    return b;
  };

  return {
    name: 'informed (knows the world setting)',
    async choose(ctx): Promise<Choice> {
      const d = ctx.debtor;
      const options = new CallOptions(d);
      const own = (e164: string, value: number) => options.own(e164, value);
      const found = learnt.get(d.id);
      if (found) own(found.e164, found.live * setting.ownAnswer);
      for (const n of d.fileNumbers)
        if (n.e164 !== found?.e164) own(n.e164, belief(d.id, n.e164).own * setting.ownAnswer);
      if (!found)
        for (const r of d.references)
          if (!calledReferences.has(`${d.id}|${r.e164}`))
            options.thirdParty(
              r.e164,
              r.id,
              REFERENCE_REACHED *
                (KNOWS_BY_KIND[r.kind] ?? 0.3) *
                setting.knowFactor *
                setting.ownAnswer,
            );
      const line = switchboardOf(world, d);
      if (line)
        own(line, (switchboardCurrent.get(d.id) ?? setting.employmentCurrent) * setting.putThrough);
      // A number its outcomes ruled out (wrong party, invalid, someone else's) is never called
      // again; one only its prior rules out (a broker's) is still called last: the debtor counts
      // as lost only once every own number proved gone.
      return options.best(ctx, (e164) => ruledOut.has(`${d.id}|${e164}`));
    },
    observe(d, e164, outcome, told) {
      if (d.references.some((r) => r.e164 === e164)) calledReferences.add(`${d.id}|${e164}`);
      if (outcome === 'wrong_party' || outcome === 'invalid_number')
        ruledOut.add(`${d.id}|${e164}`);
      if (told) learnt.set(d.id, { e164: told, live: 1 });
      const found = learnt.get(d.id);
      if (found?.e164 === e164 && outcome === 'no_answer') {
        const m = found.live * (1 - setting.ownAnswer);
        found.live = m / (m + 1 - found.live);
      }
      if (e164 === switchboardOf(world, d)) {
        const q = switchboardCurrent.get(d.id) ?? setting.employmentCurrent;
        const m = q * (1 - setting.putThrough);
        switchboardCurrent.set(d.id, m / (m + 1 - q));
      } else if (d.fileNumbers.some((n) => n.e164 === e164)) {
        if (outcome === 'third_party') ruledOut.add(`${d.id}|${e164}`);
        const b = belief(d.id, e164);
        beliefs.set(
          `${d.id}|${e164}`,
          normalised(
            Object.fromEntries(KINDS.map((k) => [k, b[k] * (lik[k][outcome] ?? 0)])) as Belief,
          ),
        );
      }
    },
  };
}
