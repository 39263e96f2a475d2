/**
 * The skip-trace simulation benchmark: `npm run bench -- skiptrace [--debtors 150] [--seeds 1,2,3] [--no-write]`.
 * For every world setting and seed, runs skipgraph (with the defaults and with the calibration of a
 * previous portfolio), the two collector heuristics and the yardsticks (informed, informed planning
 * ahead, truth-knowing) on the same world and the same dice, prints a table per setting and,
 * unless --no-write, writes them with the
 * command, the date and the machine as the "## Skip tracing: the last run" section of
 * bench/RESULTS.md ("## Skip tracing" beside it is written by hand: how to read the figures).
 */
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { calibrationOf } from '../src/app/calibration/calibrate-ranking.js';
import { portfolioSamples } from '../src/app/calibration/calibration-samples.js';
import { type Calibration, reliabilitiesOf } from '../src/domain/ranking/calibration-file.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { writeResultsSection } from './results-section.js';
import { informedStrategy } from './skiptrace-informed.js';
import { lookaheadStrategy } from './skiptrace-lookahead.js';
import { oracleStrategy } from './skiptrace-oracle.js';
import { MAX_CALLS, type SimMetrics, seedWorld, simulate, simulateOn } from './skiptrace-sim.js';
import {
  fileOrderStrategy,
  newestFirstStrategy,
  skipgraphStrategy,
} from './skiptrace-strategies.js';
import { generateWorld, WORLD_SETTINGS, type WorldSetting } from './skiptrace-world.js';

/** The simulation starts on a Monday, 90 days after the accounts fell due. */
export const SIM_START = new Date('2026-11-23T00:00:00Z');

/** Figures summed over seeds, per strategy, for one setting. */
export interface SettingResult {
  setting: WorldSetting;
  seeds: number[];
  byStrategy: Map<string, SimMetrics>;
  /** Per seed, the calibration fitted on the previous portfolio (Brier before and after in its report). */
  calibrations: Calibration[];
}

/** Seeds of the previous portfolio a calibration is fitted on: another world of the same setting. */
const PREVIOUS_PORTFOLIO_SEED_OFFSET = 100;

/**
 * The calibration `skipgraph calibrate` would write after skipgraph worked a previous portfolio
 * of the same setting (another seed): the loop a lender runs month after month.
 */
async function previousPortfolioCalibration(
  setting: WorldSetting,
  seed: number,
  debtors: number,
): Promise<Calibration> {
  const world = generateWorld(setting, seed + PREVIOUS_PORTFOLIO_SEED_OFFSET, debtors, SIM_START);
  const store = await openSqliteStore(':memory:');
  try {
    await seedWorld(store, world);
    await simulateOn(store, world, skipgraphStrategy());
    const after = new Date(SIM_START.getTime() + 7 * 86_400_000);
    const { samples, attempts } = await portfolioSamples(store, after);
    return calibrationOf(samples, attempts, after);
  } finally {
    await store.close();
  }
}

function add(a: SimMetrics | undefined, b: SimMetrics): SimMetrics {
  if (!a) return { ...b, meanCalls: b.meanCalls * b.debtors, reachedAtCall: new Map() };
  return {
    debtors: a.debtors + b.debtors,
    reached: a.reached + b.reached,
    meanCalls: a.meanCalls + b.meanCalls * b.debtors,
    calls: a.calls + b.calls,
    repeatBad: a.repeatBad + b.repeatBad,
    stuck: a.stuck + b.stuck,
    idle: a.idle + b.idle,
    thirdPartyCalls: a.thirdPartyCalls + b.thirdPartyCalls,
    denied: a.denied + b.denied,
    reachedAtCall: new Map(),
  };
}

/** Runs every strategy on `setting` for each seed; mean calls are averaged over all debtors. */
export async function runSetting(
  setting: WorldSetting,
  seeds: readonly number[],
  debtors: number,
): Promise<SettingResult> {
  const sums = new Map<string, SimMetrics>();
  const calibrations: Calibration[] = [];
  for (const seed of seeds) {
    const world = generateWorld(setting, seed, debtors, SIM_START);
    const calibration = await previousPortfolioCalibration(setting, seed, debtors);
    calibrations.push(calibration);
    for (const strategy of [
      skipgraphStrategy(),
      skipgraphStrategy(reliabilitiesOf(calibration), 'skipgraph, calibrated'),
      fileOrderStrategy(),
      newestFirstStrategy(),
      informedStrategy(world),
      lookaheadStrategy(world),
      oracleStrategy(world),
    ]) {
      const m = await simulate(world, strategy);
      sums.set(strategy.name, add(sums.get(strategy.name), m));
    }
  }
  for (const m of sums.values()) m.meanCalls /= m.debtors;
  return { setting, seeds: [...seeds], byStrategy: sums, calibrations };
}

/** A markdown table of one setting's result. */
export function settingTable(r: SettingResult): string {
  const rows = [
    `| strategy | reached within ${MAX_CALLS} calls | mean calls to first RPC (fail = ${MAX_CALLS + 1}) | calls after wrong party / invalid | steps stuck while contact allowed | third-party calls | calls |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, m] of r.byStrategy)
    rows.push(
      `| ${name} | ${((100 * m.reached) / m.debtors).toFixed(1)}% (${m.reached}/${m.debtors}) | ${m.meanCalls.toFixed(2)} | ${m.repeatBad} | ${m.stuck} | ${m.thirdPartyCalls} | ${m.calls} |`,
    );
  return rows.join('\n');
}

/** Each strategy's mean calls as a multiple of the better collector heuristic's. */
export function ratioLine(r: SettingResult): string {
  const heuristic = Math.min(
    ...[...r.byStrategy]
      .filter(([name]) => name === 'file order' || name === 'newest first')
      .map(([, m]) => m.meanCalls),
  );
  return [...r.byStrategy]
    .filter(([name]) => name !== 'file order' && name !== 'newest first')
    .map(([name, m]) => `${name} ${(m.meanCalls / heuristic).toFixed(3)}×`)
    .join(', ');
}

/** Entry point of `npm run bench -- skiptrace`. */
export async function main(argv: string[] = []): Promise<SettingResult[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      debtors: { type: 'string', default: '150' },
      seeds: { type: 'string', default: '1,2,3' },
      'no-write': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const debtors = Number(values.debtors);
  const seeds = values.seeds.split(',').map(Number);
  const results: SettingResult[] = [];
  const parts: string[] = [];
  const started = Date.now();
  for (const setting of WORLD_SETTINGS) {
    const r = await runSetting(setting, seeds, debtors);
    results.push(r);
    const briers = r.calibrations
      .map((c) => `${c.report.before.brier.toFixed(4)} → ${c.report.after.brier.toFixed(4)}`)
      .join(', ');
    const part = `\n### ${setting.name}: ${setting.description}\n\n${settingTable(r)}\n\nMean calls against the better heuristic: ${ratioLine(r)}.\n\nCalibration on the previous portfolio (Brier, defaults → fitted, per seed): ${briers}.\n`;
    parts.push(part);
    process.stdout.write(part);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(`\n${seconds} s\n`);
  if (!values['no-write'])
    writeResultsSection(
      'Skip tracing: the last run',
      [
        '## Skip tracing: the last run',
        '',
        `Written by \`npm run bench -- skiptrace --debtors ${debtors} --seeds ${seeds.join(',')}\` (bench/skiptrace.bench.ts) on ${new Date().toISOString()}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, in ${seconds} s. ${debtors} debtors per world and seed; figures summed over the seeds. The simulation is deterministic: the same code, debtors and seeds give the same figures on any machine.`,
        ...parts,
      ].join('\n'),
    );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) void main(process.argv.slice(2));
