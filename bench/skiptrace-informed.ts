/**
 * A reference strategy for the skip-trace simulation: a collector who knows the world setting's
 * true source profiles (how likely a number from each source is the debtor's, dead, a stranger's,
 * a silent SIM or a relative's line), the answer rates and how often references know the new
 * number, but not the truth of any one number. It keeps a posterior over what each number is,
 * updated by every outcome, and calls the number (or reference, or switchboard) with the best
 * chance of leading to the debtor. No ranking can know more than this from the file, so its mean
 * calls show how far the file's information lets any strategy go on these worlds.
 */
import { lookaheadStrategy } from './skiptrace-lookahead.js';
import type { Strategy } from './skiptrace-sim.js';
import type { World } from './skiptrace-world.js';

/**
 * The informed collector on `world` (it reads the setting and the file, never the truth): the
 * planning collector's beliefs and updates, choosing by the chance of the next call alone.
 */
export function informedStrategy(world: World): Strategy {
  return lookaheadStrategy(world, { samples: 0, name: 'informed (knows the world setting)' });
}
