import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedWorld, simulateOn } from '../../bench/skiptrace-sim.js';
import { skipgraphStrategy } from '../../bench/skiptrace-strategies.js';
import { generateWorld, WORLD_SETTINGS } from '../../bench/skiptrace-world.js';
import { calibrationOf } from '../../src/app/calibration/calibrate-ranking.js';
import { portfolioSamples } from '../../src/app/calibration/calibration-samples.js';
import { runCalibrateCommand } from '../../src/cli/commands/calibrate.js';
import { reliabilitiesOf } from '../../src/domain/ranking/calibration-file.js';
import { fitReliabilities } from '../../src/domain/ranking/calibration-fit.js';
import { calibrationReport } from '../../src/domain/ranking/calibration-report.js';
import type { CalibrationSample } from '../../src/domain/ranking/calibration-sample.js';
import { indexGraph } from '../../src/domain/ranking/graph-index.js';
import { DEFAULT_RELIABILITIES } from '../../src/domain/ranking/reliabilities.js';
import { readCalibrationFile } from '../../src/node/calibration-file.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { GraphBuilder } from './graph-builder.js';

const START = new Date('2026-11-23T00:00:00Z');
const AFTER = new Date('2026-12-01T00:00:00Z');
// Application numbers mostly dead (65%), where the defaults trust them at 0.8.
const SETTING = WORLD_SETTINGS.find((s) => s.name === 'dead-applications')!;

/** The portfolio a skipgraph run leaves on a simulated world: its store and decided attempts. */
async function simulatedPortfolio(seed: number, debtors: number, path = ':memory:') {
  const store = await openSqliteStore(path);
  const world = generateWorld(SETTING, seed, debtors, START);
  await seedWorld(store, world);
  await simulateOn(store, world, skipgraphStrategy());
  return { store, ...(await portfolioSamples(store, AFTER)) };
}

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('calibration on the portfolio’s own outcomes', () => {
  it('lowers the Brier score on a world whose truth differs from the defaults, in sample and on another seed', async () => {
    const fitted = await simulatedPortfolio(1, 80);
    const held = await simulatedPortfolio(2, 80);
    await fitted.store.close();
    await held.store.close();
    expect(fitted.samples.length).toBeGreaterThan(100);
    const calibration = calibrationOf(fitted.samples, fitted.attempts, AFTER);
    expect(calibration.report.after.brier).toBeLessThan(calibration.report.before.brier);
    const rel = reliabilitiesOf(calibration);
    expect(calibrationReport(held.samples, rel).brier).toBeLessThan(
      calibrationReport(held.samples, DEFAULT_RELIABILITIES).brier,
    );
    // The world's application numbers are mostly dead: the fit trusts them less than the default.
    expect(calibration.source.application!).toBeLessThan(DEFAULT_RELIABILITIES.source.application!);
    expect(calibration.support.source.application).toBeGreaterThan(20);
  }, 120_000);

  it("fits the workplace routes' employment hop to how often switchboards put the debtor through", () => {
    const index = indexGraph(
      new GraphBuilder()
        .person('D1')
        .account('A1', 'D1')
        .employer('E1')
        .worksAt('D1', 'E1', { from: '2025-01-01', lastSeen: '2026-06-01' })
        .phone(
          'E1',
          '+862150000000',
          { lastSeen: '2026-06-01' },
          { type: 'FIXED_LINE' },
          'employer',
        )
        .subgraph(),
    );
    const calls = (n: number, reached: number): CalibrationSample[] =>
      Array.from({ length: n }, (_, i) => ({
        index,
        debtorId: 'D1',
        accountId: 'A1',
        at: new Date(Date.UTC(2026, 10, 23, 2 + (i % 8))),
        contact: { kind: 'phone', value: '+862150000000' },
        reached: i < reached,
      }));
    const base = DEFAULT_RELIABILITIES.employment;
    // Put through on 30 of 60 calls: far more than the defaults expect of a half-year-old job.
    const often = fitReliabilities(calls(60, 30));
    expect(often.rel.employment).toBeGreaterThan(base);
    expect(often.support.employment).toBe(60);
    // Never put through in 60 calls: the debtor has most likely left.
    expect(fitReliabilities(calls(60, 0)).rel.employment).toBeLessThan(base / 2);
    // Own numbers' sources are not touched by workplace calls.
    expect(often.rel.source).toEqual(DEFAULT_RELIABILITIES.source);
  });

  it('moves little on little data and not at all on none (the prior toward the defaults)', async () => {
    expect(fitReliabilities([]).rel).toEqual(DEFAULT_RELIABILITIES);
    const few = (await simulatedPortfolio(3, 6)).samples.slice(0, 4);
    const many = (await simulatedPortfolio(1, 80)).samples;
    const moved = (samples: typeof few) => {
      const rel = fitReliabilities(samples).rel;
      return Math.max(
        ...Object.keys(DEFAULT_RELIABILITIES.source).map((k) =>
          Math.abs(rel.source[k]! - DEFAULT_RELIABILITIES.source[k]!),
        ),
      );
    };
    expect(moved(few)).toBeLessThan(0.2);
    expect(moved(many)).toBeGreaterThan(moved(few));
  }, 120_000);

  it('skipgraph calibrate writes a versioned file the service reads, and refuses an empty portfolio', async () => {
    const db = join(dir, 'portfolio.db');
    const out = join(dir, 'calibration.json');
    const { store } = await simulatedPortfolio(1, 30, db);
    await store.close();
    const lines: string[] = [];
    const code = await runCalibrateCommand(
      ['--db', db, '--out', out, '--at', AFTER.toISOString()],
      {
        env: {},
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
      },
    );
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/with the defaults: Brier 0\.\d{4}/);
    expect(lines.join('\n')).toMatch(/with the calibration: Brier 0\.\d{4}/);
    const read = await readCalibrationFile(out);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.inForce.calibration?.version).toBe(1);
    expect(read.inForce.calibration?.id).toMatch(/^cal-20261201T000000Z$/);
    expect(read.inForce.reliabilities.source.application).toBe(
      read.inForce.calibration?.source.application,
    );

    const empty = join(dir, 'empty.db');
    (await openSqliteStore(empty)).close();
    const errors: string[] = [];
    expect(
      await runCalibrateCommand(['--db', empty, '--dry-run'], {
        env: {},
        out: () => {},
        err: (l) => errors.push(l),
      }),
    ).toBe(1);
    expect(errors.join('\n')).toContain('nothing_to_calibrate');
  }, 120_000);

  it('reads the defaults when no file exists and names the problems of a bad one', async () => {
    const absent = await readCalibrationFile(join(dir, 'none.json'));
    expect(absent.ok && absent.inForce.calibration === undefined).toBe(true);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'skipgraph-calibration', version: 2 }));
    const read = await readCalibrationFile(bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.message).join('\n')).toContain('version');
  });
});
