import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphSpec, generateIntoStore, personId } from '../../scripts/gen-graph.js';
import { contactPointsOf } from '../../src/app/routes/unrelated-holders.js';
import type { ContactPoint } from '../../src/domain/model/index.js';
import { firstHop } from '../../src/store/port-rules.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store.js';

const SPEC: GraphSpec = { persons: 600, seed: 5, today: '2026-11-23' };

/*
 * The batched reads must answer exactly what the one-at-a-time reads answer, order included:
 * the guard's previews read through either, and an answer must not depend on which.
 */
describe('the embedded store answers batched reads as one at a time', () => {
  let store: SqliteGraphStore;
  // A small root cap, so some persons' neighbourhoods are cut.
  let capped: SqliteGraphStore;
  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await generateIntoStore(store, SPEC, 500);
    capped = await openSqliteStore(':memory:', { rootFanOutCap: 3 });
    await generateIntoStore(capped, SPEC, 500);
  });
  afterAll(async () => {
    await store.close();
    await capped.close();
  });

  it('neighbourhoodsOf equals neighbourhood(id, 1) for each person, nodes and edges in the same order', async () => {
    const ids = [...Array.from({ length: 60 }, (_, i) => personId(i * 7)), 'nobody', personId(0)];
    for (const s of [store, capped]) {
      const batch = await s.neighbourhoodsOf(ids);
      // With nodes read before taken from there: the same answers, order included.
      const known = await s.neighbourhood(personId(0), 3);
      const withKnown = await s.neighbourhoodsOf(ids, known);
      for (const [i, id] of ids.entries()) {
        const single = await s.neighbourhood(id, 1);
        expect(batch[i], id).toEqual(single);
        expect(withKnown[i], `${id} with known nodes`).toEqual(single);
      }
    }
    expect((await capped.neighbourhoodsOf(ids)).some((g) => g.truncated !== undefined)).toBe(true);
  });

  it('the first hop of neighbourhood(id, 2) equals neighbourhood(id, 1), order included, unless the start was cut', async () => {
    let cut = 0;
    for (const s of [store, capped])
      for (let i = 0; i < 60; i++) {
        const id = personId(i * 7);
        const deeper = await s.neighbourhood(id, 2);
        const near = firstHop(deeper, id);
        if (deeper.truncated?.includes(`person:${id}`)) {
          expect(near).toBeUndefined();
          cut += 1;
        } else expect(near, id).toEqual(await s.neighbourhood(id, 1));
      }
    expect(cut).toBeGreaterThan(0);
  });

  it('sharedIdentifiersOf equals sharedIdentifiers for each point of many neighbourhoods', async () => {
    const points: ContactPoint[] = [];
    for (let i = 0; i < 30; i++)
      points.push(...contactPointsOf(await store.neighbourhood(personId(i * 11), 1)));
    points.push({ kind: 'phone', value: '+8613000000000' }, points[0]!);
    const batch = await store.sharedIdentifiersOf(points);
    for (const [i, point] of points.entries())
      expect(batch[i], `${point.kind} ${point.value}`).toEqual(
        await store.sharedIdentifiers(point),
      );
    expect(batch.some((s) => s.holders.length > 1)).toBe(true);
  });
});
