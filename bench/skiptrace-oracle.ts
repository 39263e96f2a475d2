/**
 * A second yardstick for the skip-trace simulation: a collector who knows what every number of
 * the world really is (the debtor's working line, dead, a stranger's, a silent SIM, a relative's;
 * which references know the new number; whether the job behind a switchboard is current) but not
 * the dice, so not which call will be answered. It shows what the file would be worth if it told
 * the truth: the distance between it and the informed yardstick is information no ranking can
 * draw from the file, however well calibrated.
 */
import type { Outcome } from '../src/domain/model/index.js';
import { CallOptions, switchboardOf } from './skiptrace-call-options.js';
import type { Choice, Strategy } from './skiptrace-sim.js';
import type { SimDebtor, World } from './skiptrace-world.js';

/**
 * Order of preference: a number known to be the debtor's (by its answer rate), a switchboard of a
 * current job (by its put-through rate), a reference who knows the new number; then a dead line
 * (its invalid answer makes the debtor lost, which opens the references); anything else last,
 * so it never stands idle while a call is allowed.
 */
const KNOWN_OWN = 10;
const KNOWING_REFERENCE = 3;
const CURRENT_SWITCHBOARD = 9;
const DEAD_LINE = 0.5;
const USELESS = 0.01;

/** The truth-knowing collector on `world` (it reads the truth of numbers, never the dice). */
export function oracleStrategy(world: World): Strategy {
  const learnt = new Map<string, string>();
  const spent = new Set<string>();
  const ownValue = (e164: string): number => {
    const t = world.truth.get(e164);
    if (t?.kind === 'own') return KNOWN_OWN * t.answer;
    return t?.kind === 'dead' ? DEAD_LINE : USELESS;
  };
  return {
    name: 'truth-knowing (bound)',
    async choose(ctx): Promise<Choice> {
      const d = ctx.debtor;
      const options = new CallOptions(d);
      const own = (e164: string, value: number) => options.own(e164, value);
      const found = learnt.get(d.id);
      if (found) own(found, KNOWN_OWN);
      for (const n of d.fileNumbers)
        if (!spent.has(`${d.id}|${n.e164}`)) own(n.e164, ownValue(n.e164));
      if (!found)
        for (const r of d.references) {
          const t = world.truth.get(r.e164);
          if (!spent.has(`${d.id}|${r.e164}`))
            options.thirdParty(
              r.e164,
              r.id,
              t?.kind === 'reference' && t.knows ? KNOWING_REFERENCE : USELESS,
            );
        }
      const line = switchboardOf(world, d);
      const job = line ? world.truth.get(line) : undefined;
      if (line)
        own(
          line,
          job?.kind === 'switchboard' && job.current
            ? CURRENT_SWITCHBOARD * world.setting.putThrough
            : USELESS,
        );
      return options.best(ctx);
    },
    observe(d: SimDebtor, e164: string, outcome: Outcome, told?: string): void {
      // An answered call to anything but the debtor's own line has told all it can.
      if (outcome !== 'no_answer' && world.truth.get(e164)?.kind !== 'own')
        spent.add(`${d.id}|${e164}`);
      if (told) learnt.set(d.id, told);
    },
  };
}
