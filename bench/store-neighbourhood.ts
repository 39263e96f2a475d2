/**
 * Neighbourhood latency of the embedded store on a large synthetic graph.
 *
 *   npx tsx bench/store-neighbourhood.ts [--persons 1000000] [--db PATH] [--samples 2000]
 *
 * Builds (once; an existing file at --db is reused) a graph with realistic degree: 40% of
 * persons owe an account, debtors have two phones, an address shared by their household, a
 * previous address, an employer drawn from a skewed distribution (a few employers with tens
 * of thousands of staff), two references and a spouse; some phones are shared by families and
 * a few "hub" numbers by a hundred-odd debtors. Then times `neighbourhood(debtor, depth)` for
 * random debtors through the public store API and prints p50/p95/p99 (wall and CPU time).
 * The database file (about 1 GB for a million persons) is kept for the next run; delete it
 * when done.
 */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type {
  Account,
  Address,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Person,
  PhoneLink,
  Relation,
  Residence,
} from '../src/domain/model/index.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import type { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store.js';
import { seededRandom } from '../scripts/seeded-random.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const PERSONS = Number(arg('persons', '1000000'));
const DB = arg('db', join(tmpdir(), `skipgraph-bench-${PERSONS}.db`));
const SAMPLES = Number(arg('samples', '2000'));
const EMPLOYERS = Math.max(10, Math.floor(PERSONS / 50));
const HUB_PHONES = 50;
const CHUNK = 10_000;


const SURNAMES = ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Smith', 'Johnson', 'Garcia', 'Brown'];
const GIVEN = ['Wei', 'Fang', 'Min', 'Jie', 'Lei', 'Hui', 'Jun', 'Mary', 'James', 'Maria', 'Robert', 'Linda'];
const isDebtor = (i: number): boolean => i % 5 < 2;
const ownPhone = (i: number, n: number): string => `+861${3 + n}${String(i).padStart(9, '0')}`;
const hubPhone = (h: number): string => `+8617${String(h).padStart(9, '0')}`;
const employerPhone = (e: number): string => `+8621${String(e).padStart(8, '0')}`;
const household = (i: number): number => Math.floor(i / 3);

async function build(store: SqliteGraphStore): Promise<void> {
  const rand = seededRandom(42);
  const employers: Employer[] = [];
  const employerPhones: PhoneLink[] = [];
  for (let e = 0; e < EMPLOYERS; e++) {
    employers.push({ id: `E${e}`, name: `Employer ${e}` });
    employerPhones.push({ owner: { kind: 'employer', id: `E${e}` }, phone: { e164: employerPhone(e), type: 'FIXED_LINE', country: 'CN', status: 'unknown' }, source: 'application' });
  }
  await store.transaction(async (tx) => {
    await tx.upsertEmployers(employers);
    await tx.upsertPhoneLinks(employerPhones);
  });

  const started = performance.now();
  for (let base = 0; base < PERSONS; base += CHUNK) {
    const persons: Person[] = [];
    const accounts: Account[] = [];
    const addresses: Address[] = [];
    const phones: PhoneLink[] = [];
    const emails: EmailLink[] = [];
    const residences: Residence[] = [];
    const employments: Employment[] = [];
    const relations: Relation[] = [];
    const obligations: Obligation[] = [];
    for (let i = base; i < Math.min(PERSONS, base + CHUNK); i++) {
      const id = `P${i}`;
      const name = `${SURNAMES[i % SURNAMES.length]} ${GIVEN[Math.floor(rand() * GIVEN.length)]}`;
      persons.push({ id, name, flags: { ceaseContact: false, disputed: false, deceased: false, bankrupt: false, employerForbidsContact: false, optOut: [] } });
      const seen = `202${Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
      phones.push({ owner: { kind: 'person', id }, phone: { e164: ownPhone(i, 0), type: 'MOBILE', country: 'CN', status: 'unknown' }, source: 'application', lastSeen: seen });
      if (i % 3 === 0) {
        addresses.push({ id: `H${household(i)}`, line: `${household(i)} Long Road`, city: 'Shanghai', region: 'SH', country: 'CN' });
      }
      residences.push({ personId: id, addressId: `H${household(i)}`, source: 'application', lastSeen: seen });
      if (!isDebtor(i)) continue;

      accounts.push({ id: `A${i}`, debtorId: id, product: 'personal_loan', currency: 'CNY', principal: 10_000, balance: 8_000, dueDate: '2026-01-01', jurisdiction: 'CN', status: 'open' });
      phones.push({ owner: { kind: 'person', id }, phone: { e164: ownPhone(i, 1), type: 'MOBILE', country: 'CN', status: 'unknown' }, source: 'bureau', lastSeen: seen });
      if (rand() < 0.02) {
        // A family phone: also listed by the next household member.
        phones.push({ owner: { kind: 'person', id: `P${i + 1 < PERSONS ? i + 1 : i}` }, phone: { e164: ownPhone(i, 1), type: 'MOBILE', country: 'CN', status: 'unknown' }, source: 'collector_note' });
      }
      if (rand() < 0.015) {
        phones.push({ owner: { kind: 'person', id }, phone: { e164: hubPhone(Math.floor(rand() * HUB_PHONES)), type: 'MOBILE', country: 'CN', status: 'unknown' }, source: 'bureau', lastSeen: seen });
      }
      if (rand() < 0.5) emails.push({ personId: id, address: `p${i}@example.com`, source: 'application' });
      if (rand() < 0.5) {
        addresses.push({ id: `OLD${i}`, line: `${i} Old Street`, city: 'Beijing', region: 'BJ', country: 'CN' });
        residences.push({ personId: id, addressId: `OLD${i}`, source: 'bureau', from: '2015-01-01', to: '2020-01-01' });
      }
      if (rand() < 0.6) {
        // Skewed: employer 0 gets a large share of all employed debtors.
        employments.push({ personId: id, employerId: `E${Math.floor(EMPLOYERS * rand() ** 3)}`, source: 'application' });
      }
      for (let r = 0; r < 2; r++) {
        relations.push({ from: id, to: `P${Math.floor(rand() * PERSONS)}`, kind: 'reference', source: 'application' });
      }
      if (i + 1 < PERSONS && household(i + 1) === household(i)) relations.push({ from: id, to: `P${i + 1}`, kind: 'spouse', source: 'application' });
      if (rand() < 0.1) obligations.push({ personId: `P${Math.floor(rand() * PERSONS)}`, accountId: `A${i}`, role: 'guarantor', source: 'contract' });
    }
    await store.transaction(async (tx) => {
      await tx.upsertPersons(persons);
      await tx.upsertAddresses(addresses);
      await tx.upsertAccounts(accounts);
      await tx.upsertPhoneLinks(phones);
      await tx.upsertEmailLinks(emails);
      await tx.upsertResidences(residences);
      await tx.upsertEmployments(employments);
      await tx.upsertRelations(relations);
      await tx.upsertObligations(obligations);
    });
    if ((base / CHUNK) % 10 === 0) {
      const done = Math.min(PERSONS, base + CHUNK);
      process.stderr.write(`\rloaded ${done}/${PERSONS} persons (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  process.stderr.write(`\nloaded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(store: SqliteGraphStore, depth: number): Promise<void> {
  const rand = seededRandom(7);
  const ms: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu: number[] = [];
  let nodes = 0;
  let edges = 0;
  let truncated = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let i = Math.floor(rand() * PERSONS);
    i -= i % 5; // a debtor
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const g = await store.neighbourhood(`P${i}`, depth);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    nodes += g.nodes.length;
    edges += g.edges.length;
    if (g.truncated !== undefined) truncated++;
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `depth ${depth}: p50 ${percentile(ms, 50).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)} ms, max ${ms[ms.length - 1]?.toFixed(2)} ms ` +
      `(cpu p50 ${percentile(cpu, 50).toFixed(2)} ms, p99 ${percentile(cpu, 99).toFixed(2)} ms); ` +
      `avg ${(nodes / SAMPLES).toFixed(1)} nodes, ${(edges / SAMPLES).toFixed(1)} edges; ${truncated}/${SAMPLES} hit the fan-out cap`,
  );
}

const reuse = existsSync(DB);
const store = await openSqliteStore(DB);
try {
  if (!reuse) await build(store);
  const counts = await store.counts();
  const totalEdges = Object.values(counts.edges).reduce((a, b) => a + b, 0);
  console.log(`${DB}: ${counts.nodes['person']} persons, ${totalEdges} relationships, ${(statSync(DB).size / 1e6).toFixed(0)} MB${reuse ? ' (reused)' : ''}`);
  // Warm the page cache the way a running server would be.
  await time(store, 1);
  for (const depth of [1, 2, 3]) await time(store, depth);
} finally {
  await store.close();
}
