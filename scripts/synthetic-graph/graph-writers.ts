import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GraphStore } from '../../src/store/graph-store.js';
import { emptyBatch, type GraphBatch, type GraphSpec } from './graph-spec.js';
import { employerName, employerRows } from './graph-vocabulary.js';
import { personBatch } from './person-rows.js';

/** Writes one batch through the store port, in one transaction. */
export async function writeBatch(store: GraphStore, batch: GraphBatch): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.upsertPersons(batch.persons);
    await tx.upsertAccounts(batch.accounts);
    await tx.upsertAddresses(batch.addresses);
    await tx.upsertResidences(batch.residences);
    await tx.upsertPhoneLinks(batch.phones);
    await tx.upsertEmailLinks(batch.emails);
    await tx.upsertEmployments(batch.employments);
    await tx.upsertRelations(batch.relations);
    await tx.upsertObligations(batch.obligations);
    await tx.recordAttempts(batch.attempts);
  });
}

/** Rows written so far, for progress reports. */
export interface Progress {
  persons: number;
  rows: number;
  elapsedMs: number;
}

export function rowCount(b: GraphBatch): number {
  return Object.values(b).reduce((n: number, rows: unknown[]) => n + rows.length, 0);
}

/** Generates the whole graph into a store, `batchSize` persons per transaction. */
export async function generateIntoStore(
  store: GraphStore,
  spec: GraphSpec,
  batchSize = 5000,
  onProgress?: (p: Progress) => void,
): Promise<Progress> {
  const started = Date.now();
  const employers = employerRows(spec);
  await store.transaction(async (tx) => {
    await tx.upsertEmployers(employers.employers);
    await tx.upsertPhoneLinks(employers.phones);
  });
  let rows = employers.employers.length + employers.phones.length;
  for (let from = 0; from < spec.persons; from += batchSize) {
    const batch = personBatch(spec, from, from + batchSize);
    await writeBatch(store, batch);
    rows += rowCount(batch);
    onProgress?.({
      persons: Math.min(spec.persons, from + batchSize),
      rows,
      elapsedMs: Date.now() - started,
    });
  }
  return { persons: spec.persons, rows, elapsedMs: Date.now() - started };
}

/** The batch as interchange records (the NDJSON `skipgraph import` reads). */
export function* interchangeRecords(batch: GraphBatch): Generator<Record<string, unknown>> {
  const addresses = new Map(batch.addresses.map((a) => [a.id, a]));
  for (const p of batch.persons) {
    const flags = Object.fromEntries(
      Object.entries(p.flags).filter(
        ([, v]) => v !== false && !(Array.isArray(v) && v.length === 0),
      ),
    );
    yield {
      type: 'person',
      id: p.id,
      name: p.name,
      ...(p.timezone ? { timezone: p.timezone } : {}),
      ...(Object.keys(flags).length > 0 ? { flags } : {}),
    };
  }
  for (const a of batch.accounts) yield { type: 'account', ...a };
  for (const l of batch.phones) {
    const owner = l.owner.kind === 'person' ? { personId: l.owner.id } : { employerId: l.owner.id };
    const { phone, owner: _owner, ...evidence } = l;
    yield {
      type: 'phone',
      ...owner,
      number: phone.e164,
      ...(phone.status !== 'unknown' ? { status: phone.status } : {}),
      ...(phone.statusAt ? { statusAt: phone.statusAt } : {}),
      ...evidence,
    };
  }
  for (const e of batch.emails) yield { type: 'email', ...e };
  for (const r of batch.residences) {
    const a = addresses.get(r.addressId)!;
    yield {
      type: 'address',
      personId: r.personId,
      ...a,
      ...(r.from ? { from: r.from } : {}),
      ...(r.to ? { to: r.to } : {}),
      source: r.source,
      ...(r.lastSeen ? { lastSeen: r.lastSeen } : {}),
    };
  }
  for (const e of batch.employments)
    yield { type: 'employment', ...e, employerName: employerName(Number(e.employerId.slice(1))) };
  for (const r of batch.relations) yield { type: 'relation', ...r };
  for (const o of batch.obligations) yield { type: 'obligation', ...o };
  for (const t of batch.attempts)
    yield {
      type: 'attempt',
      id: t.id,
      accountId: t.accountId,
      channel: t.channel,
      to: t.contact.value,
      ...(t.personId ? { personId: t.personId } : {}),
      at: t.at,
      ...(t.outcome ? { outcome: t.outcome } : {}),
      ...(t.outcomeAt ? { outcomeAt: t.outcomeAt } : {}),
    };
}

/** Streams the whole graph as NDJSON to `path`, batch by batch, honouring back-pressure. */
export async function generateNdjson(
  path: string,
  spec: GraphSpec,
  batchSize = 5000,
  onProgress?: (p: Progress) => void,
): Promise<Progress> {
  const started = Date.now();
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const out = createWriteStream(path);
  const write = async (record: Record<string, unknown>): Promise<void> => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  };
  let rows = 0;
  for (let from = 0; from < spec.persons; from += batchSize) {
    for (const record of interchangeRecords(personBatch(spec, from, from + batchSize))) {
      await write(record);
      rows += 1;
    }
    onProgress?.({
      persons: Math.min(spec.persons, from + batchSize),
      rows,
      elapsedMs: Date.now() - started,
    });
  }
  // Employers come into being with their first employment record; their switchboards follow at the end.
  for (const record of interchangeRecords({ ...emptyBatch(), phones: employerRows(spec).phones })) {
    await write(record);
    rows += 1;
  }
  out.end();
  await once(out, 'finish');
  return { persons: spec.persons, rows, elapsedMs: Date.now() - started };
}
