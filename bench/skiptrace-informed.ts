/**
 * A reference strategy for the skip-trace simulation: a collector who knows the world setting's
 * true source profiles (how likely a number from each source is the debtor's, dead, a stranger's,
 * a silent SIM or a relative's line), the answer rates and how often references know the new
 * number, but not the truth of any one number. It keeps a posterior over what each number is,
 * updated by every outcome, and calls the number (or reference, or switchboard) with the best
 * chance of leading to the debtor. No ranking can know more than this from the file, so its mean
 * calls show how far the file's information lets any strategy go on these worlds.
 */

import { afterOutcome, type Belief, priorBeliefs, referenceChance } from './skiptrace-beliefs.js';
import { CallOptions, switchboardOf } from './skiptrace-call-options.js';
import type { Choice, Strategy } from './skiptrace-sim.js';
import type { World } from './skiptrace-world.js';

/** The informed collector on `world` (it reads the setting and the file, never the truth). */
export function informedStrategy(world: World): Strategy {
  const setting = world.setting;
  const prior = priorBeliefs(world);
  const beliefs = new Map<string, Belief>();
  const learnt = new Map<string, { e164: string; live: number }>();
  const calledReferences = new Set<string>();
  const switchboardCurrent = new Map<string, number>();
  const ruledOut = new Set<string>();

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
            options.thirdParty(r.e164, r.id, referenceChance(world, r.kind) * setting.ownAnswer);
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
        beliefs.set(`${d.id}|${e164}`, afterOutcome(b, outcome, setting.ownAnswer));
      }
    },
  };
}
