import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person, Phone } from '../../src/domain/model/index.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { answerOk, type TestProvider, testProvider } from '../outreach/provider-server.js';
import { type ServiceProcess, startService } from './service-process.js';

const POLICIES = fileURLToPath(new URL('./fixtures/policies', import.meta.url));
const KEY = 'kill-test-collector-key';
const ACCOUNTS = 20;
const CLIENTS = 8;

/** Accounts A0…A19 of debtors P0…P19 in Shanghai, each with its own mobile number. */
async function seed(db: string): Promise<void> {
  const store = await openSqliteStore(db);
  for (let i = 0; i < ACCOUNTS; i++) {
    await store.upsertPersons([
      Person.parse({ id: `P${i}`, name: '张伟', timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertAccounts([
      {
        id: `A${i}`,
        debtorId: `P${i}`,
        product: 'cash_loan',
        currency: 'CNY',
        principal: 5000,
        balance: 5200,
        dueDate: '2026-01-15',
        jurisdiction: 'CN',
        status: 'open',
      },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: `P${i}` },
        phone: Phone.parse({ e164: `+86138001380${String(i).padStart(2, '0')}` }),
        source: 'application',
      },
    ]);
  }
  await store.close();
}

interface Sent {
  attemptId: string;
  idempotencyKey: string;
}

/** CLIENTS loops of outreach until the service stops answering; `sent` fills with every 201 as it comes. */
function outreachUntilDown(
  service: ServiceProcess,
  run: string,
): { sent: Sent[]; other: number[]; done: Promise<void> } {
  const sent: Sent[] = [];
  const other: number[] = [];
  let n = 0;
  const client = async (): Promise<void> => {
    for (;;) {
      const i = n++;
      const idempotencyKey = `${run}-${i}`;
      const account = i % ACCOUNTS;
      let res: Response;
      try {
        res = await fetch(`${service.url}/v1/outreach`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            accountId: `A${account}`,
            channel: 'sms',
            to: `+86138001380${String(account).padStart(2, '0')}`,
            recipientPersonId: `P${account}`,
            message: '您好，请尽快联系我们处理您的账户。',
            idempotencyKey,
          }),
        });
      } catch {
        return; // connection refused or cut: the service is going or gone
      }
      if (res.status === 201) {
        const body = (await res.json()) as { attemptId: string };
        sent.push({ attemptId: body.attemptId, idempotencyKey });
      } else {
        other.push(res.status);
        await res.body?.cancel();
      }
    }
  };
  const done = Promise.all(Array.from({ length: CLIENTS }, client)).then(() => undefined);
  return { sent, other, done };
}

/** Sends answered before the signal: enough that hand-overs are in flight when it comes. */
const MIN_SENT_BEFORE_SIGNAL = 12;

describe('stopping the service under concurrent outreach', () => {
  let provider: TestProvider;
  let dir: string;
  beforeAll(async () => {
    // The provider answers after 30 ms, so hand-overs are in flight when the signal comes.
    provider = await testProvider((res) => setTimeout(() => answerOk(res), 30));
    dir = mkdtempSync(join(tmpdir(), 'kill-'));
  });
  afterAll(async () => provider.close());

  const env = () => ({
    SKIPGRAPH_API_KEYS: `${KEY}:collector`,
    SKIPGRAPH_POLICIES: POLICIES,
    SKIPGRAPH_WEBHOOK_SMS: provider.url,
    SKIPGRAPH_RATE_LIMIT: '1000000',
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    const twice =
      signal === 'SIGTERM'
        ? 'nothing is sent twice'
        : 'a dispatch cut mid-hand-over is sent again under its idempotency key';
    it(`${signal}: every 201 has its attempt, audit record and outbox entry after restart; ${twice}`, async () => {
      const db = join(dir, `${signal}.db`);
      await seed(db);
      const calls = provider.calls.length;
      const service = await startService(['--db', db], env());
      const load = outreachUntilDown(service, signal);
      // Signal once the service is demonstrably under load, however slow the machine is today.
      const loadDeadline = Date.now() + 60_000;
      while (load.sent.length < MIN_SENT_BEFORE_SIGNAL && Date.now() < loadDeadline)
        await new Promise((r) => setTimeout(r, 50));
      const signalled = Date.now();
      service.child.kill(signal);
      const [, exit] = await Promise.all([load.done, service.exited]);
      const { sent, other } = load;
      const stopMs = Date.now() - signalled;
      expect(sent.length).toBeGreaterThanOrEqual(MIN_SENT_BEFORE_SIGNAL);
      expect(other.filter((s) => s >= 500)).toEqual([]);
      if (signal === 'SIGTERM') {
        expect(exit).toBe(0);
        // Keep-alive clients are told to leave: well inside the 25 s grace period.
        expect(stopMs).toBeLessThan(10_000);
      }

      // Restart: dispatches committed but not handed over go out now, then stop cleanly.
      const again = await startService(['--db', db], env());
      const deadline = Date.now() + 20_000;
      const store0 = await openSqliteStore(db);
      while (Date.now() < deadline && (await store0.listOutbox({ status: 'queued' })).length > 0)
        await new Promise((r) => setTimeout(r, 200));
      await store0.close();
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);

      const store = await openSqliteStore(db);
      const outbox = await store.listOutbox({ limit: 100_000 });
      const byAttempt = new Map(outbox.map((d) => [d.attemptId, d]));
      const audited = new Set<string>();
      for (let i = 0; i < ACCOUNTS; i++)
        for (const a of await store.listAudit({ accountId: `A${i}`, limit: 100_000 }))
          if (a.kind !== 'purge' && a.attemptId) audited.add(a.attemptId);
      for (const s of sent) {
        expect(await store.getAttempt(s.attemptId)).toBeDefined();
        expect(audited.has(s.attemptId)).toBe(true);
        expect(byAttempt.get(s.attemptId)?.status).toBe('sent');
      }
      await store.close();

      // Each dispatch reached the provider; a repeat (only possible after SIGKILL, between the
      // provider's answer and the stored outcome) carries the same idempotency key, so it is one send.
      const mine = provider.calls.slice(calls);
      const keys = mine.map((c) => String(c.headers['idempotency-key']));
      const delivered = new Set(keys);
      for (const s of sent) expect(delivered.has(byAttempt.get(s.attemptId)?.id ?? '?')).toBe(true);
      const repeats = keys.length - delivered.size;
      if (signal === 'SIGTERM') expect(repeats).toBe(0);
      console.info(
        `${signal}: ${sent.length} × 201, ${other.length} other answers, stopped in ${stopMs} ms, ${mine.length} provider calls, ${repeats} repeated by idempotency key`,
      );
    }, 120_000);
  }
});
