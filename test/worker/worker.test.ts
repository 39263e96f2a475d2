import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalWorker,
  offlineWranglerEnv,
  startLocalWorker,
  tempPersistDir,
  workerdUnavailable,
} from './local-worker.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = `${ROOT}wrangler.toml`;
const ADMIN = 'worker-test-admin-key';
const COLLECTOR = 'worker-test-collector-key';
const COMPLIANCE = 'worker-test-compliance-key';

const INVESTIGATOR = 'worker-test-investigator-key';
const DEBTOR = 'WK-D001';
const ACCOUNT = 'WK-A001';
const DEBTOR_PHONE = '+8613800138000';

/**
 * A real IANA zone where it is about 13:00 now (Etc/GMT-N is UTC+N), so that the outreach, which
 * the guard decides with the server clock, falls inside the daytime window whenever the test runs.
 */
function middayZone(now: Date): string {
  const offset = ((((13 - now.getUTCHours()) % 24) + 24 + 12) % 24) - 12; // -12 … +11
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** A small import: a debtor and their account, their phone and email, a reference with a phone. */
function dataset(zone: string): string {
  const records = [
    { type: 'person', id: DEBTOR, name: '王芳', timezone: zone, locale: 'zh-CN' },
    {
      type: 'account',
      id: ACCOUNT,
      debtorId: DEBTOR,
      product: 'consumer_loan',
      currency: 'CNY',
      principal: 12000,
      balance: 9800,
      dueDate: '2026-08-15',
      jurisdiction: 'CN',
    },
    {
      type: 'phone',
      personId: DEBTOR,
      number: '138 0013 8000',
      region: 'CN',
      source: 'application',
      lastSeen: '2026-10-30',
      confidence: 0.9,
    },
    { type: 'email', personId: DEBTOR, address: 'wangfang@example.cn', source: 'application' },
    { type: 'person', id: 'WK-R001', name: '李强', timezone: zone },
    {
      type: 'phone',
      personId: 'WK-R001',
      number: '13900139000',
      region: 'CN',
      source: 'application',
      lastSeen: '2026-09-01',
      confidence: 0.7,
    },
    { type: 'relation', from: DEBTOR, to: 'WK-R001', kind: 'reference', source: 'application' },
  ];
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

const unavailable = workerdUnavailable();
if (unavailable) console.log(`skipping Worker tests: ${unavailable}`);

/** Applies the committed D1 migrations to a local D1 the way an operator does: `wrangler d1 migrations apply`. */
async function applyMigrations(persistDir: string): Promise<string> {
  offlineWranglerEnv();
  const bin = `${ROOT}node_modules/wrangler/bin/wrangler.js`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      bin,
      'd1',
      'migrations',
      'apply',
      'DB',
      '--local',
      '--persist-to',
      persistDir,
      '--config',
      CONFIG,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CI: '1', WRANGLER_LOG: 'log' },
    },
  );
  return stdout;
}

describe.skipIf(unavailable !== undefined)('the Worker on workerd with a local D1', () => {
  let worker: LocalWorker;
  const auth = (key: string): Record<string, string> => ({
    authorization: `Bearer ${key}`,
    'content-type': 'application/json',
  });

  beforeAll(async () => {
    const persistDir = tempPersistDir();
    // The Worker touches D1 only on its first request, so the migrations apply while it builds and starts.
    const [applied, started] = await Promise.all([
      applyMigrations(persistDir),
      startLocalWorker({
        config: CONFIG,
        nodejsCompat: true,
        // Static files as for a deploy, but the Worker runs the committed bundled-policies module
        // (test/worker/bundled-policies.test.ts checks it against policies/) and no source is rewritten.
        buildCommand: 'node --import tsx scripts/build-worker-assets.ts --assets-only',
        persistDir,
        vars: {
          SKIPGRAPH_API_KEYS: `${ADMIN}:admin,${COLLECTOR}:collector,${COMPLIANCE}:compliance,${INVESTIGATOR}:investigator`,
        },
      }),
    ]);
    worker = started;
    expect(applied).toMatch(/0001_schema_v1\.sql[\s\S]*0002_schema_v2\.sql/);
  });
  afterAll(async () => {
    await worker?.dispose();
  });

  it('answers liveness, and readiness from the D1 store', async () => {
    expect(await (await worker.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await worker.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'sqlite' });
  });

  it('refuses the API without a key and answers in the one error shape', async () => {
    const res = await worker.fetch('/v1/persons/P1');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('reads through D1: an unknown person is 404', async () => {
    const res = await worker.fetch('/v1/persons/NOBODY', { headers: auth(ADMIN) });
    expect(res.status).toBe(404);
  });

  it('serves the OpenAPI document, Swagger UI from the assets binding, and the workbench page', async () => {
    const doc = (await (await worker.fetch('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toContain('/v1/persons/{id}');
    const css = await worker.fetch('/docs/assets/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect((await css.text()).length).toBeGreaterThan(10_000);
    const page = await worker.fetch('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const manifest = await worker.fetch('/web/manifest.json');
    expect(manifest.status).toBe(404);
  });
  describe('an import, routes, the guard, an outreach and its audit record', () => {
    const zone = middayZone(new Date());
    const post = async (path: string, key: string, body: unknown): Promise<Response> =>
      worker.fetch(path, { method: 'POST', headers: auth(key), body: JSON.stringify(body) });

    beforeAll(async () => {
      const res = await worker.fetch('/v1/ingest', {
        method: 'POST',
        headers: { ...auth(INVESTIGATOR), 'content-type': 'application/x-ndjson' },
        body: dataset(zone),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ complete: true, accepted: 7, rejectedCount: 0 });
    });

    it('the imported debtor is read back from D1', async () => {
      const res = await worker.fetch(`/v1/persons/${DEBTOR}`, { headers: auth(ADMIN) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ person: { id: DEBTOR, timezone: zone } });
    });

    it("ranks the debtor's own phone first, with the guard's preview for now", async () => {
      const res = await worker.fetch(`/v1/debtors/${DEBTOR}/routes`, { headers: auth(COLLECTOR) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        accountId: string;
        routes: {
          contact: { kind: string; value: string };
          recipient: { personId: string };
          guard?: { outcome: string };
        }[];
      };
      expect(body.accountId).toBe(ACCOUNT);
      expect(body.routes[0]).toMatchObject({
        contact: { kind: 'phone', value: DEBTOR_PHONE },
        recipient: { personId: DEBTOR },
        guard: { outcome: 'allow' },
      });
    });

    it("the guard denies a call at night in the debtor's zone and allows it in the day", async () => {
      const day = new Date();
      const night = new Date(day.getTime() + 11 * 3_600_000); // about 00:00 in the debtor's zone
      const allowed = await post('/v1/guard/check', COLLECTOR, {
        accountId: ACCOUNT,
        channel: 'call',
        to: DEBTOR_PHONE,
        at: day.toISOString(),
      });
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toMatchObject({ decision: { outcome: 'allow', rules: [] } });
      const denied = await post('/v1/guard/check', COLLECTOR, {
        accountId: ACCOUNT,
        channel: 'call',
        to: DEBTOR_PHONE,
        at: night.toISOString(),
      });
      const body = (await denied.json()) as {
        decision: { outcome: string; rules: { id: string; nextAllowedAt?: string }[] };
      };
      expect(body.decision.outcome).toBe('deny');
      expect(body.decision.rules.map((r) => r.id)).toEqual(['cn.hours']);
      expect(Date.parse(body.decision.rules[0]?.nextAllowedAt ?? '')).toBeGreaterThan(
        night.getTime(),
      );
    });

    it('the guard reads banned language in traditional characters (the Worker bundles the t2cn dictionaries)', async () => {
      const res = await post('/v1/guard/check', COLLECTOR, {
        accountId: ACCOUNT,
        channel: 'sms',
        to: DEBTOR_PHONE,
        message: '再不還錢就讓你進監獄',
      });
      const body = (await res.json()) as { decision: { outcome: string; rules: { id: string }[] } };
      expect(body.decision.outcome).toBe('deny');
      expect(body.decision.rules.map((r) => r.id)).toContain('cn.language');
    });

    it('an outreach is allowed, recorded and sent to the outbox, and audited with its attempt', async () => {
      const res = await post('/v1/outreach', COLLECTOR, {
        accountId: ACCOUNT,
        channel: 'sms',
        to: DEBTOR_PHONE,
        recipientPersonId: DEBTOR,
        message: '您好，我是安信客服，请您方便时回电，谢谢。',
        idempotencyKey: `worker-test-${Date.now()}`,
      });
      expect(res.status).toBe(201);
      const sent = (await res.json()) as {
        attemptId: string;
        decisionId: string;
        decision: { outcome: string };
        dispatch: { status: string };
      };
      expect(sent).toMatchObject({ decision: { outcome: 'allow' }, dispatch: { status: 'sent' } });

      const audit = await worker.fetch(`/v1/audit?accountId=${ACCOUNT}`, {
        headers: auth(COMPLIANCE),
      });
      expect(audit.status).toBe(200);
      const { records } = (await audit.json()) as {
        records: {
          id: string;
          kind: string;
          outcome: string;
          attemptId?: string;
          debtorId?: string;
        }[];
      };
      expect(records.find((r) => r.id === sent.decisionId)).toMatchObject({
        kind: 'outreach',
        outcome: 'allow',
        attemptId: sent.attemptId,
        debtorId: DEBTOR,
      });
      // The guard checks above were audited too, the night call as a denial.
      expect(
        records
          .filter((r) => r.kind === 'check')
          .map((r) => r.outcome)
          .sort(),
      ).toEqual(['allow', 'deny', 'deny']);

      const outbox = await worker.fetch('/v1/outbox', { headers: auth(COMPLIANCE) });
      const { dispatches } = (await outbox.json()) as {
        dispatches: { attemptId: string; status: string }[];
      };
      expect(dispatches).toContainEqual(
        expect.objectContaining({ attemptId: sent.attemptId, status: 'sent' }),
      );
    });

    it('the daily call cap holds under concurrent outreach: every write goes through the one serialising Durable Object', async () => {
      const stamp = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          post('/v1/outreach', COLLECTOR, {
            accountId: ACCOUNT,
            channel: 'call',
            to: DEBTOR_PHONE,
            recipientPersonId: DEBTOR,
            idempotencyKey: `worker-cap-${stamp}-${i}`,
          }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 201, 403, 403, 403]);
      // Served by the SerialWriter object (one instance in the world), not by the isolate's own app.
      for (const res of responses)
        expect(res.headers.get('x-skipgraph-writer')).toBe('durable-object');
      const read = await worker.fetch(`/v1/accounts/${ACCOUNT}/promises`, {
        headers: auth(COLLECTOR),
      });
      expect(read.headers.get('x-skipgraph-writer')).toBeNull();
      for (const res of responses.filter((r) => r.status === 403)) {
        const body = (await res.json()) as {
          error: { code: string; details: { rules: { id: string }[] } };
        };
        expect(body.error.code).toBe('guard_denied');
        expect(body.error.details.rules.map((r) => r.id)).toEqual(['cn.calls_per_day']);
      }
    });

    it('the guard reads homophones and pinyin (the Worker bundles pinyin-pro)', async () => {
      for (const message of ['再不还你就等着做牢吧', '再拖就 ZUO LAO 了']) {
        const res = await post('/v1/guard/check', COLLECTOR, {
          accountId: ACCOUNT,
          channel: 'sms',
          to: DEBTOR_PHONE,
          message,
        });
        const body = (await res.json()) as {
          decision: { rules: { id: string; matches?: { category: string }[] }[] };
        };
        const language = body.decision.rules.find((r) => r.id === 'cn.language');
        expect(language?.matches?.map((m) => m.category)).toContain('threat_arrest');
      }
    });
  });
});
