import { describe, expect, it } from 'vitest';
import { informedStrategy } from '../../bench/skiptrace-informed.js';
import { lookaheadStrategy } from '../../bench/skiptrace-lookahead.js';
import { oracleStrategy } from '../../bench/skiptrace-oracle.js';
import { simulate } from '../../bench/skiptrace-sim.js';
import {
  fileOrderStrategy,
  newestFirstStrategy,
  skipgraphStrategy,
} from '../../bench/skiptrace-strategies.js';
import { generateWorld, WORLD_SETTINGS } from '../../bench/skiptrace-world.js';

// A small run of the skip-trace simulation (bench/skiptrace.bench.ts): one world, one seed,
// 40 lost CN borrowers, 3 calls a day for 3 days, the CN reference policy, the same dice for all.
describe('skip-trace simulation (small)', () => {
  it('skipgraph reaches more debtors in fewer calls than both collector heuristics, never re-calls a wrong party and is never stuck', async () => {
    const setting = WORLD_SETTINGS.find((s) => s.name === 'stale-file')!;
    const world = generateWorld(setting, 1, 40, new Date('2026-11-23T00:00:00Z'));
    const sg = await simulate(world, skipgraphStrategy());
    const heuristics = [
      await simulate(world, fileOrderStrategy()),
      await simulate(world, newestFirstStrategy()),
    ];
    const bestReached = Math.max(...heuristics.map((h) => h.reached));
    const bestMean = Math.min(...heuristics.map((h) => h.meanCalls));
    expect(sg.reached).toBeGreaterThan(bestReached);
    expect(sg.meanCalls).toBeLessThan(bestMean);
    expect(sg.repeatBad).toBe(0);
    expect(sg.stuck).toBe(0);
    expect(sg.denied).toBe(0);
  }, 120_000);

  it('the informed yardstick (knows the world setting, not the numbers) never re-calls a ruled-out number and is never stuck or denied', async () => {
    const setting = WORLD_SETTINGS.find((s) => s.name === 'recycled-bureau')!;
    const world = generateWorld(setting, 2, 40, new Date('2026-11-23T00:00:00Z'));
    const informed = await simulate(world, informedStrategy(world));
    const fileOrder = await simulate(world, fileOrderStrategy());
    expect(informed.repeatBad).toBe(0);
    expect(informed.stuck).toBe(0);
    expect(informed.denied).toBe(0);
    expect(informed.meanCalls).toBeLessThan(fileOrder.meanCalls);
  }, 120_000);

  it('the truth-knowing yardstick needs fewer calls than the informed one and keeps the same rules', async () => {
    const setting = WORLD_SETTINGS.find((s) => s.name === 'dead-applications')!;
    const world = generateWorld(setting, 3, 40, new Date('2026-11-23T00:00:00Z'));
    const oracle = await simulate(world, oracleStrategy(world));
    const informed = await simulate(world, informedStrategy(world));
    expect(oracle.repeatBad).toBe(0);
    expect(oracle.stuck).toBe(0);
    expect(oracle.denied).toBe(0);
    expect(oracle.reached).toBeGreaterThanOrEqual(informed.reached);
    expect(oracle.meanCalls).toBeLessThan(informed.meanCalls);
  }, 120_000);

  it('the planning yardstick models the CN lost test as the guard decides it and keeps the same rules', async () => {
    const setting = WORLD_SETTINGS.find((s) => s.name === 'dead-applications')!;
    const world = generateWorld(setting, 2, 40, new Date('2026-11-23T00:00:00Z'));
    const planning = lookaheadStrategy(world);
    const m = await simulate(world, planning);
    const fileOrder = await simulate(world, fileOrderStrategy());
    expect(planning.lostModelMismatches()).toBe(0);
    expect(m.repeatBad).toBe(0);
    expect(m.stuck).toBe(0);
    expect(m.denied).toBe(0);
    expect(m.thirdPartyCalls).toBeGreaterThan(0);
    expect(m.meanCalls).toBeLessThan(fileOrder.meanCalls);
  }, 120_000);
});
