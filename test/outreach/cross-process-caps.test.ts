import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { Person, Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { emptyDatabase, findNeo4jUnderTest, neo4jRequired } from '../support/neo4j-under-test.js';

/*
 * Frequency caps hold across processes, for every scope a policy can name: two OS processes, each
 * with its own store connection (a second server on the same SQLite file, or a second Neo4j
 * driver), send calls at once on one debtor through two different accounts to one number. The
 * policies (fixtures/scope-caps) cap calls at 3 a day per account, debtor, contact point and
 * recipient, each for accounts of its own jurisdiction, so one run checks all four scopes.
 */

const SCOPES = [
  { scope: 'account', jurisdiction: 'CN', allowed: 6 },
  { scope: 'debtor', jurisdiction: 'HK', allowed: 3 },
  { scope: 'contact_point', jurisdiction: 'SG', allowed: 3 },
  { scope: 'recipient', jurisdiction: 'TW', allowed: 3 },
] as const;
/** Calls each process sends per scope, all at once. */
const PER_PROCESS = 8;

const numberOf = (i: number) => `+861380013810${i}`;

/** Per scope: debtor D<i> with accounts A<i>a and A<i>b in the scope's jurisdiction, holding one number. */
async function seed(store: GraphStore): Promise<void> {
  for (const [i, { jurisdiction }] of SCOPES.entries()) {
    await store.upsertPersons([
      Person.parse({ id: `D${i}`, name: `债务人${i}`, timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertAccounts(
      ['a', 'b'].map((suffix) => ({
        id: `A${i}${suffix}`,
        debtorId: `D${i}`,
        product: 'cash_loan',
        currency: 'CNY',
        principal: 5000,
        balance: 5200,
        dueDate: '2026-01-15',
        jurisdiction,
        status: 'open' as const,
      })),
    );
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: `D${i}` },
        phone: Phone.parse({ e164: numberOf(i) }),
        source: 'application',
      },
    ]);
  }
}

/** A sending process (test/support/scope-cap-sender.ts) and a reader of its lines. */
interface Sender {
  child: ChildProcess;
  lines: AsyncIterator<string>;
  reader: Interface;
}

async function startSender(target: string, env: NodeJS.ProcessEnv): Promise<Sender> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/scope-cap-sender.ts', target],
    {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const lines = reader[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.value !== 'ready') throw new Error(`sender did not start: ${String(first.value)}`);
  return { child, lines, reader };
}

async function send(
  sender: Sender,
  line: string,
): Promise<{ statuses: number[]; errors: string[] }> {
  sender.child.stdin?.write(`${line}\n`);
  const next = await sender.lines.next();
  return JSON.parse(String(next.value)) as { statuses: number[]; errors: string[] };
}

async function stopSender(sender: Sender): Promise<void> {
  const exited = new Promise((resolve) => sender.child.once('exit', resolve));
  sender.child.stdin?.end();
  await exited;
  sender.reader.close();
}

/** Runs every scope through two processes against the store at `target` and checks the counts. */
async function checkAllScopes(
  target: string,
  env: NodeJS.ProcessEnv,
  reader: GraphStore,
): Promise<void> {
  const senders = await Promise.all([startSender(target, env), startSender(target, env)]);
  try {
    for (const [i, { scope, allowed }] of SCOPES.entries()) {
      const [one, two] = await Promise.all(
        senders.map((sender, p) =>
          send(sender, `A${i}${p === 0 ? 'a' : 'b'} ${numberOf(i)} ${PER_PROCESS} ${scope}-p${p}`),
        ),
      );
      const statuses = [...(one?.statuses ?? []), ...(two?.statuses ?? [])];
      expect({ scope, errors: [...(one?.errors ?? []), ...(two?.errors ?? [])] }).toEqual({
        scope,
        errors: [],
      });
      expect({ scope, allowed: statuses.filter((s) => s === 201).length }).toEqual({
        scope,
        allowed,
      });
      const recorded = await reader.listAttempts({
        contact: { kind: 'phone', value: numberOf(i) },
      });
      expect({ scope, recorded: recorded.length }).toEqual({ scope, recorded: allowed });
    }
  } finally {
    await Promise.all(senders.map(stopSender));
  }
}

describe('frequency caps across two processes, every scope', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-caps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embedded store: two processes on one database file', async () => {
    const file = join(dir, 'caps.db');
    const store = await openSqliteStore(file);
    try {
      await seed(store);
      await checkAllScopes(file, {}, store);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('Neo4j: two processes, each with its own driver', async (context) => {
    const target = await findNeo4jUnderTest();
    if ('unavailable' in target) {
      if (neo4jRequired()) throw new Error(`no Neo4j to test against: ${target.unavailable}`);
      context.skip(target.unavailable);
      return;
    }
    const config = target.bolt ?? target.queryApi;
    if (config === undefined) throw new Error('no Neo4j configuration');
    const store = new Neo4jGraphStore(await emptyDatabase(config)());
    try {
      await seed(store);
      await checkAllScopes(
        'neo4j',
        {
          NEO4J_URI: config.uri,
          NEO4J_USER: config.user,
          NEO4J_PASSWORD: config.password,
          NEO4J_DATABASE: config.database,
        },
        store,
      );
    } finally {
      await store.close();
      await target.stop?.();
    }
  }, 300_000);
});
