import { describe, expect, it } from 'vitest';
import {
  employerRows,
  type GraphSpec,
  interchangeRecords,
  isDebtorIndex,
  personBatch,
} from '../../scripts/gen-graph.js';
import { RECORD_SCHEMAS, type RecordType } from '../../src/app/ingest/record-schemas.js';
import { normalisePhone } from '../../src/domain/phone/normalise-phone.js';

const SPEC: GraphSpec = { persons: 900, seed: 5, today: '2026-11-23' };

function countBy<T>(rows: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

describe('synthetic graph generator', () => {
  const batch = personBatch(SPEC, 0, SPEC.persons);

  it('gives every person realistic degree: 2–4 phones, 3–6 relations, 1–3 addresses', () => {
    const phones = countBy(batch.phones, (p) => p.owner.id);
    const relations = countBy(
      batch.relations.filter((r) => r.kind !== 'executor'),
      (r) => r.from,
    );
    const homes = countBy(batch.residences, (r) => r.personId);
    for (const p of batch.persons) {
      expect(phones.get(p.id)).toBeGreaterThanOrEqual(2);
      expect(phones.get(p.id)).toBeLessThanOrEqual(4);
      expect(relations.get(p.id) ?? 0).toBeLessThanOrEqual(6);
      expect(relations.get(p.id) ?? 0).toBeGreaterThanOrEqual(2); // a self-pick is skipped, rarely
      expect(homes.get(p.id)).toBeGreaterThanOrEqual(1);
      expect(homes.get(p.id)).toBeLessThanOrEqual(3);
    }
    const meanRelations = [...relations.values()].reduce((a, b) => a + b, 0) / batch.persons.length;
    expect(meanRelations).toBeGreaterThan(3.5);
  });

  it('makes about a third of the persons debtors, with shared numbers, employers and attempts', () => {
    const debtors = new Set(batch.accounts.map((a) => a.debtorId));
    expect(debtors.size / SPEC.persons).toBeGreaterThan(0.25);
    expect(debtors.size / SPEC.persons).toBeLessThan(0.42);
    for (const id of debtors) expect(isDebtorIndex(Number(id.slice(1)), SPEC)).toBe(true);
    const holders = countBy(batch.phones, (p) => p.phone.e164);
    expect([...holders.values()].filter((n) => n >= 2).length).toBeGreaterThan(50);
    expect(batch.employments.length).toBeGreaterThan(SPEC.persons / 2);
    expect(batch.attempts.length).toBeGreaterThan(debtors.size);
    expect(batch.obligations.length).toBeGreaterThan(0);
  });

  it('is deterministic and can be cut into batches freely', () => {
    const again = [personBatch(SPEC, 0, 400), personBatch(SPEC, 400, 900)];
    expect(again[0]!.persons.concat(again[1]!.persons)).toEqual(batch.persons);
    expect(again[0]!.relations.concat(again[1]!.relations)).toEqual(batch.relations);
    expect(again[0]!.attempts.concat(again[1]!.attempts)).toEqual(batch.attempts);
  });

  it('writes NDJSON records the importer accepts', () => {
    const records = [
      ...interchangeRecords(batch),
      ...interchangeRecords({ ...personBatch(SPEC, 0, 0), phones: employerRows(SPEC).phones }),
    ];
    expect(records.length).toBeGreaterThan(10_000);
    const problems = records
      .map((r) => ({ r, parsed: RECORD_SCHEMAS[r.type as RecordType].safeParse(r) }))
      .filter((x) => !x.parsed.success)
      .slice(0, 3)
      .map((x) => `${String(x.r.type)}: ${x.parsed.error?.issues[0]?.message}`);
    expect(problems).toEqual([]);
    const badNumbers = records.filter(
      (r) => r.type === 'phone' && !normalisePhone(String(r.number), 'CN').ok,
    );
    expect(badNumbers).toEqual([]);
  });
});
