/**
 * Synthetic contact graph for benchmarks and demos.
 *
 *   npx tsx scripts/gen-graph.ts --persons 1000000 --db bench/.data/graph-1000000.db
 *   npx tsx scripts/gen-graph.ts --persons 1000 --out graph.ndjson
 *
 * Realistic degree per person: 2–4 phones (one of them often the household landline, a few
 * "hub" numbers shared by dozens of unrelated debtors), 3–6 relations (spouse, family, friends,
 * colleagues, references), 1–3 addresses (the household's current one, former ones with an end
 * date), an email for most, a current or past employer (a few employers with thousands of
 * staff). About a third of the persons owe one or two accounts; some accounts have a guarantor
 * or co-borrower; debtors have a handful of recent attempts with outcomes. A few debtors are
 * deceased (with an executor), represented by an attorney, or asked to stop contact.
 *
 * Every person's records come from a generator seeded by the person's index, so the graph is
 * the same on every run and can be written in independent batches: memory stays flat at any N.
 * `--db` writes through the store port's upserts, one transaction per batch; `--out` writes the
 * interchange NDJSON that `skipgraph import` reads.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/demo/seeded-random.js';
import type {
  Account,
  Address,
  Attempt,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Outcome,
  Person,
  PersonFlags,
  PhoneLink,
  Relation,
  RelationKind,
  Residence,
} from '../src/domain/model/index.js';
import type { GraphStore } from '../src/store/graph-store.js';

/** What to generate. */
export interface GraphSpec {
  persons: number;
  /** Seed mixed into every person's generator (default 1). */
  seed?: number;
  /** The day the graph is "as of": evidence dates and attempts lie before it (default 2026-11-23). */
  today?: string;
}

/** The rows of one batch of persons, shaped as the store port takes them. */
export interface GraphBatch {
  persons: Person[];
  accounts: Account[];
  addresses: Address[];
  residences: Residence[];
  phones: PhoneLink[];
  emails: EmailLink[];
  employments: Employment[];
  relations: Relation[];
  obligations: Obligation[];
  attempts: Attempt[];
}

/** Bumped whenever the generated graph changes, so cached benchmark graphs are rebuilt. */
export const GENERATOR_VERSION = 1;

const DAY_MS = 86_400_000;
const DEFAULT_TODAY = '2026-11-23';
const HOUSEHOLD_SIZE = 3;
const PERSONS_PER_EMPLOYER = 50;
const DEBTORS_PER_HUB = 30;

const SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Smith',
  'Garcia',
  'Nguyen',
  'Kim',
  'Patel',
  'Brown',
];
const GIVEN = [
  'Wei',
  'Fang',
  'Min',
  'Jie',
  'Lei',
  'Hui',
  'Jun',
  'Yan',
  'Tao',
  'Ling',
  'Mary',
  'James',
  'Maria',
  'Robert',
  'Linda',
  'David',
];
const CITIES: [string, string, string][] = [
  ['Shanghai', 'Shanghai', 'Asia/Shanghai'],
  ['Beijing', 'Beijing', 'Asia/Shanghai'],
  ['Shenzhen', 'Guangdong', 'Asia/Shanghai'],
  ['Chengdu', 'Sichuan', 'Asia/Shanghai'],
  ['Wuhan', 'Hubei', 'Asia/Shanghai'],
];
const RELATION_KINDS: [RelationKind, number][] = [
  ['reference', 0.3],
  ['friend', 0.25],
  ['colleague', 0.15],
  ['parent', 0.1],
  ['sibling', 0.1],
  ['relative', 0.06],
  ['neighbor', 0.02],
  ['landlord', 0.02],
];
const PHONE_SOURCES: [string, number][] = [
  ['application', 0.5],
  ['bureau', 0.25],
  ['collector_note', 0.1],
  ['reference', 0.1],
  ['inbound_call', 0.05],
];
const OUTCOMES: [Outcome, number][] = [
  ['no_answer', 0.45],
  ['busy', 0.05],
  ['right_party', 0.15],
  ['promise_to_pay', 0.05],
  ['wrong_party', 0.08],
  ['invalid_number', 0.05],
  ['third_party', 0.07],
  ['refused', 0.06],
  ['suspended', 0.02],
  ['cease_request', 0.02],
];

/** A well-mixed 32-bit hash of a person index and the seed. */
function mix(i: number, seed: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Whether person `i` owes accounts: about one in three, fixed by the index and seed. */
export function isDebtorIndex(i: number, spec: GraphSpec): boolean {
  return mix(i, spec.seed ?? 1) % 3 === 0;
}

/** The id of person `i`. */
export function personId(i: number): string {
  return `P${i}`;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function weighted<T>(rand: () => number, table: readonly [T, number][]): T {
  let r = rand();
  for (const [item, w] of table) {
    r -= w;
    if (r < 0) return item;
  }
  return table[table.length - 1]![0];
}

function between(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function daysAgo(todayMs: number, days: number): string {
  return new Date(todayMs - days * DAY_MS).toISOString().slice(0, 10);
}

const MOBILE_PREFIXES = ['138', '139', '158', '186'];

function ownMobile(i: number, k: number): string {
  return `+86${MOBILE_PREFIXES[k]}${String(i).padStart(8, '0')}`;
}

function householdLandline(h: number): string {
  return `+86216${String(h).padStart(7, '0')}`;
}

function hubNumber(h: number): string {
  return `+86188${String(h).padStart(8, '0')}`;
}

function employerPhone(e: number): string {
  return `+86106${String(e).padStart(7, '0')}`;
}

function employerName(e: number): string {
  return `${SURNAMES[e % SURNAMES.length]} Trading ${e}`;
}

function employerCount(spec: GraphSpec): number {
  return Math.max(5, Math.floor(spec.persons / PERSONS_PER_EMPLOYER));
}

/** Employers and their switchboards (one batch; about N/50 of them). */
export function employerRows(spec: GraphSpec): { employers: Employer[]; phones: PhoneLink[] } {
  const employers: Employer[] = [];
  const phones: PhoneLink[] = [];
  for (let e = 0; e < employerCount(spec); e++) {
    employers.push({ id: `E${e}`, name: employerName(e) });
    phones.push({
      owner: { kind: 'employer', id: `E${e}` },
      phone: { e164: employerPhone(e), type: 'FIXED_LINE', country: 'CN', status: 'unknown' },
      source: 'application',
      lastSeen: DEFAULT_TODAY,
    });
  }
  return { employers, phones };
}

function emptyBatch(): GraphBatch {
  return {
    persons: [],
    accounts: [],
    addresses: [],
    residences: [],
    phones: [],
    emails: [],
    employments: [],
    relations: [],
    obligations: [],
    attempts: [],
  };
}

function flagsFor(rand: () => number, debtor: boolean): Partial<PersonFlags> {
  if (!debtor) return {};
  const r = rand();
  if (r < 0.002) return { deceased: true };
  if (r < 0.005) return { attorney: { name: 'Counsel & Partners', phone: '+861088886666' } };
  if (r < 0.01) return { ceaseContact: true };
  if (r < 0.02) return { disputed: true };
  return {};
}

/** Adds person `i` and everything attached to them to the batch. */
function addPerson(batch: GraphBatch, i: number, spec: GraphSpec, todayMs: number): void {
  const seed = spec.seed ?? 1;
  const rand = seededRandom(mix(i, seed));
  const id = personId(i);
  const debtor = isDebtorIndex(i, spec);
  const household = Math.floor(i / HOUSEHOLD_SIZE);
  const flags = flagsFor(rand, debtor);
  batch.persons.push({
    id,
    name: `${pick(rand, SURNAMES)} ${pick(rand, GIVEN)}`,
    timezone: 'Asia/Shanghai',
    flags: {
      ceaseContact: false,
      disputed: false,
      deceased: false,
      bankrupt: false,
      employerForbidsContact: false,
      optOut: [],
      ...flags,
    },
  });

  // Phones: 2–4; the household landline for most, a hub number for a few debtors.
  const phoneCount = between(rand, 2, 4);
  for (let k = 0; k < phoneCount; k++) {
    let e164 = ownMobile(i, k);
    let type = 'MOBILE';
    if (k === phoneCount - 1 && rand() < 0.6) {
      e164 = householdLandline(household);
      type = 'FIXED_LINE';
    } else if (debtor && k === 1 && rand() < 0.03) {
      e164 = hubNumber(
        Math.floor(rand() * Math.max(1, Math.floor(spec.persons / 3 / DEBTORS_PER_HUB))),
      );
    }
    const statusRoll = rand();
    const status =
      statusRoll < 0.04
        ? 'invalid'
        : statusRoll < 0.06
          ? 'suspended'
          : statusRoll < 0.3
            ? 'active'
            : 'unknown';
    const link: PhoneLink = {
      owner: { kind: 'person', id },
      phone: {
        e164,
        type,
        country: 'CN',
        status,
        ...(status !== 'unknown' ? { statusAt: daysAgo(todayMs, between(rand, 1, 400)) } : {}),
      },
      source: weighted(rand, PHONE_SOURCES),
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
      confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
    };
    batch.phones.push(link);
  }

  if (rand() < 0.6)
    batch.emails.push({
      personId: id,
      address: `p${i}@example.com`,
      source: 'application',
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
    });

  // Addresses: the household's current one, and 0–2 former ones.
  const [city, region, timezone] = pick(rand, CITIES);
  const home: Address = {
    id: `H${household}`,
    line: `${(household % 900) + 1} Garden Road, Block ${household % 37}`,
    city,
    region,
    country: 'CN',
    timezone,
  };
  batch.addresses.push(home);
  batch.residences.push({
    personId: id,
    addressId: home.id,
    source: 'bureau',
    from: daysAgo(todayMs, between(rand, 200, 3000)),
    lastSeen: daysAgo(todayMs, between(rand, 1, 600)),
  });
  const former = between(rand, 0, 2);
  for (let k = 0; k < former; k++) {
    const address: Address = {
      id: `AD${i}_${k}`,
      line: `${k + 1} Old Street ${i % 1000}`,
      city,
      region,
      country: 'CN',
      timezone,
    };
    batch.addresses.push(address);
    const to = between(rand, 200, 3000);
    batch.residences.push({
      personId: id,
      addressId: address.id,
      source: 'application',
      from: daysAgo(todayMs, to + between(rand, 100, 2000)),
      to: daysAgo(todayMs, to),
      lastSeen: daysAgo(todayMs, to),
    });
  }

  // Employment: 70% have one; employer sizes are skewed (a few employ thousands).
  if (rand() < 0.7) {
    const e = Math.floor(rand() ** 3 * employerCount(spec));
    const ended = rand() < 0.25;
    batch.employments.push({
      personId: id,
      employerId: `E${e}`,
      source: 'application',
      from: daysAgo(todayMs, between(rand, 400, 4000)),
      ...(ended ? { to: daysAgo(todayMs, between(rand, 10, 390)) } : {}),
      lastSeen: daysAgo(todayMs, between(rand, 10, 900)),
    });
  }

  // Relations: 3–6; the next household member is the spouse, the others random persons.
  const relationCount = between(rand, 3, 6);
  for (let k = 0; k < relationCount; k++) {
    const mate = household * HOUSEHOLD_SIZE + ((i + 1) % HOUSEHOLD_SIZE);
    const spouse = k === 0 && mate !== i && mate < spec.persons && rand() < 0.5;
    const other = spouse ? mate : Math.floor(rand() * spec.persons);
    if (other === i) continue;
    batch.relations.push({
      from: id,
      to: personId(other),
      kind: spouse ? 'spouse' : weighted(rand, RELATION_KINDS),
      source: weighted(rand, [
        ['application', 0.7],
        ['collector_note', 0.2],
        ['bureau', 0.1],
      ]),
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
    });
  }
  if (flags.deceased) {
    const executor = (i + 7) % spec.persons;
    batch.relations.push({
      from: personId(executor),
      to: id,
      kind: 'executor',
      source: 'collector_note',
      lastSeen: daysAgo(todayMs, between(rand, 1, 90)),
    });
  }

  if (!debtor) return;
  const accounts = rand() < 0.8 ? 1 : 2;
  for (let k = 0; k < accounts; k++) {
    const accountId = `A${i}_${k}`;
    const principal = between(rand, 10, 500) * 100;
    const statusRoll = rand();
    batch.accounts.push({
      id: accountId,
      debtorId: id,
      product: pick(rand, ['cash_loan', 'credit_card', 'consumer_loan']),
      currency: 'CNY',
      principal,
      balance: Math.round(principal * (0.2 + rand() * 0.9)),
      dueDate: daysAgo(todayMs, between(rand, 5, 400)),
      jurisdiction: 'CN',
      status: statusRoll < 0.85 ? 'open' : statusRoll < 0.95 ? 'charged_off' : 'closed',
    });
    if (rand() < 0.15)
      batch.obligations.push({
        personId: personId(Math.floor(rand() * spec.persons)),
        accountId,
        role: rand() < 0.6 ? 'guarantor' : 'co_borrower',
        source: 'contract',
      });
    const attempts = between(rand, 0, 6);
    for (let n = 0; n < attempts; n++) {
      const phone =
        batch.phones[batch.phones.length - phoneCount + between(rand, 0, phoneCount - 1)]!;
      const at = new Date(
        todayMs - between(rand, 1, 90) * DAY_MS - between(rand, 0, 36_000) * 1000,
      ).toISOString();
      batch.attempts.push({
        id: `T${i}_${k}_${n}`,
        accountId,
        at,
        channel: 'call',
        contact: { kind: 'phone', value: phone.phone.e164 },
        personId: id,
        outcome: weighted(rand, OUTCOMES),
        outcomeAt: at,
      });
    }
  }
}

/** The persons [from, to) and everything attached to them. */
export function personBatch(spec: GraphSpec, from: number, to: number): GraphBatch {
  const todayMs = Date.parse(spec.today ?? DEFAULT_TODAY);
  const batch = emptyBatch();
  for (let i = from; i < Math.min(to, spec.persons); i++) addPerson(batch, i, spec, todayMs);
  return batch;
}

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

function rowCount(b: GraphBatch): number {
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

const HELP = `Usage: npx tsx scripts/gen-graph.ts --persons N (--db FILE | --out FILE.ndjson) [--seed S] [--today YYYY-MM-DD] [--batch B]

Generates a synthetic contact graph: 2–4 phones, 3–6 relations and 1–3 addresses per person,
shared household lines and hub numbers, employers, accounts for about a third of the persons,
co-obligors and recent attempts. --db writes into the embedded SQLite store; --out writes NDJSON.
`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      persons: { type: 'string' },
      db: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: DEFAULT_TODAY },
      batch: { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const persons = Number(values.persons);
  const batch = Number(values.batch);
  const problem =
    !Number.isInteger(persons) || persons < 1
      ? '--persons must be a whole number of at least 1'
      : !Number.isInteger(batch) || batch < 1
        ? '--batch must be a whole number of at least 1'
        : (values.db === undefined) === (values.out === undefined)
          ? 'give exactly one of --db or --out'
          : Number.isNaN(Date.parse(values.today))
            ? '--today must be a date such as 2026-11-23'
            : undefined;
  if (problem !== undefined) {
    process.stderr.write(`gen-graph: ${problem}\n\n${HELP}`);
    return 1;
  }
  const spec: GraphSpec = { persons, seed: Number(values.seed), today: values.today };
  const report = (p: Progress): void => {
    if (p.persons % (batch * 20) === 0 || p.persons === persons)
      process.stderr.write(
        `  ${p.persons.toLocaleString('en')} persons, ${p.rows.toLocaleString('en')} rows, ${(p.elapsedMs / 1000).toFixed(1)} s\n`,
      );
  };
  if (values.out !== undefined) {
    const done = await generateNdjson(values.out, spec, batch, report);
    process.stderr.write(
      `wrote ${done.rows.toLocaleString('en')} records to ${values.out} in ${(done.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    return 0;
  }
  const { openSqliteStore } = await import('../src/store/sqlite/open-sqlite-store.js');
  mkdirSync(dirname(resolve(values.db!)), { recursive: true });
  const store = await openSqliteStore(values.db!);
  try {
    const done = await generateIntoStore(store, spec, batch, report);
    process.stderr.write(
      `wrote ${done.rows.toLocaleString('en')} rows into ${values.db} in ${(done.elapsedMs / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(
        `gen-graph: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
