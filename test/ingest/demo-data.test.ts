import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { demoNdjson, loadDemo } from '../../src/demo/load-demo.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

let store: GraphStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('demo data', () => {
  it('is exactly what the seeded generator writes', async () => {
    const { demoNdjsonText } = await import('../../src/demo/gen-demo.js');
    expect(demoNdjsonText()).toBe(
      readFileSync(new URL('../../src/demo/demo.ndjson', import.meta.url), 'utf8'),
    );
  });

  it('imports without a single rejection or dangling reference, and a second import changes no count', async () => {
    store = await openSqliteStore(':memory:');
    const first = await loadDemo(store);
    const lines = (await demoNdjson()).trim().split('\n').length;
    expect(first.rejected).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(first.accepted).toBe(lines);
    const counts = await store.counts();
    expect(counts.nodes.person).toBeGreaterThan(150);
    const again = await loadDemo(store);
    expect(again.accepted).toBe(lines);
    expect(await store.counts()).toEqual(counts);
  });

  it('has the scenarios its README names', async () => {
    store = await openSqliteStore(':memory:');
    await loadDemo(store);
    const s = store;
    const ring = await s.sharedIdentifiers({ kind: 'phone', value: '+8613509820217' });
    expect(
      ring.holders
        .filter((h) => h.isDebtor)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['CN-011', 'CN-014', 'CN-019', 'CN-023', 'CN-027']);

    const graph = await s.neighbourhood('CN-001', 2);
    const kinds = graph.edges
      .filter((e) => e.type === 'KNOWS' && e.from === 'person:CN-001')
      .map((e) => e.props.kind)
      .sort();
    expect(kinds).toEqual(['parent', 'reference', 'reference', 'sibling', 'spouse']);
    expect(graph.nodes.some((n) => n.key === 'employer:EMP-CN-01')).toBe(true);
    expect(
      graph.edges.filter((e) => e.type === 'HAS_PHONE' && e.from === 'person:CN-001'),
    ).toHaveLength(2);

    expect((await s.getPerson('CN-001'))?.name).toBe('张伟');
    expect((await s.getPerson('CN-005'))?.flags.deceased).toBe(true);
    expect(
      (await s.neighbourhood('CN-005', 1)).edges.some(
        (e) => e.props.kind === 'executor' && e.to === 'person:CN-R142',
      ),
    ).toBe(true);
    expect((await s.getPerson('US-003'))?.flags.attorney).toEqual({
      name: 'Jennifer Jones',
      phone: '+12124782720',
    });
    expect((await s.getPerson('US-006'))?.flags.ceaseContact).toBe(true);
    expect((await s.getPerson('CN-008'))?.flags.disputed).toBe(true);
    expect((await s.getPhone('+8613379590443'))?.status).toBe('invalid');
    expect((await s.getPhone('+8613547225233'))?.status).toBe('suspended');

    const accounts = await Promise.all(['CN-001', 'US-001'].map((id) => s.accountsOf(id)));
    expect(accounts[0]?.[0]?.account.currency).toBe('CNY');
    expect(accounts[1]?.[0]?.account.currency).toBe('USD');

    const attempts = await s.listAttempts({
      from: '2026-10-20T00:00:00Z',
      to: '2026-11-20T12:00:00Z',
    });
    const outcomes = new Set(attempts.map((a) => a.outcome));
    for (const o of ['right_party', 'no_answer', 'invalid_number', 'suspended'])
      expect(outcomes).toContain(o);
  });
});
