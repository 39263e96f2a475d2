import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/api/app.js';
import { type ApiDeps, DEFAULT_LIMITS } from '../../src/api/deps.js';
import { outreachModule } from '../../src/api/routes/outreach.js';
import { DispatchRelay } from '../../src/app/dispatch/dispatch-relay.js';
import type { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import { outboxDispatcher } from '../../src/app/dispatch/outbox-dispatcher.js';
import type { OutreachGuard } from '../../src/app/outreach/outreach-guard.js';
import type { Role } from '../../src/domain/access/roles.js';
import { Person } from '../../src/domain/model/index.js';
import { type Log, silentLog } from '../../src/log/log.js';
import type { GraphStore } from '../../src/store/graph-store.js';

export const COLLECTOR = 'test-collector-key';
export const COMPLIANCE = 'test-compliance-key';
export const INVESTIGATOR = 'test-investigator-key';
/** 10:00 in Shanghai on a weekday: inside any reasonable calling window. */
export const NOW = new Date('2026-03-10T02:00:00Z');

export interface OutreachHarness {
  app: ReturnType<typeof createApp>;
  relay: DispatchRelay;
  /** Moves the server clock. */
  setNow(at: Date): void;
  post(body: unknown, key?: string): Promise<Response>;
  get(path: string, key?: string): Promise<Response>;
}

/** The real HTTP app with the outreach module, a pinned clock and test API keys. */
export function outreachHarness(options: {
  store: GraphStore;
  guard: OutreachGuard;
  dispatcher?: Dispatcher;
  log?: Log;
}): OutreachHarness {
  let now = NOW;
  const log = options.log ?? silentLog;
  const deps: ApiDeps = {
    store: options.store,
    log,
    clock: () => now,
    newId: () => randomUUID(),
    keys: new Map<string, Role>([
      [COLLECTOR, 'collector'],
      [COMPLIANCE, 'compliance'],
      [INVESTIGATOR, 'investigator'],
    ]),
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 100_000 },
    defaultRegion: 'CN',
  };
  const relay = new DispatchRelay({
    store: options.store,
    dispatcher: options.dispatcher ?? outboxDispatcher(),
    clock: deps.clock,
    log,
  });
  const app = createApp(deps, { modules: [outreachModule({ guard: options.guard, relay })] });
  const headers = (key: string): Record<string, string> => ({
    authorization: `Bearer ${key}`,
    'content-type': 'application/json',
  });
  return {
    app,
    relay,
    setNow: (at) => {
      now = at;
    },
    post: async (body, key = COLLECTOR) =>
      app.request('/v1/outreach', {
        method: 'POST',
        headers: headers(key),
        body: JSON.stringify(body),
      }),
    get: async (path, key = COMPLIANCE) => app.request(path, { headers: headers(key) }),
  };
}

/** Seeds one debtor and one account in CN. */
export async function seedAccount(
  store: GraphStore,
  accountId = 'A1',
  debtorId = 'P1',
): Promise<void> {
  await store.upsertPersons([
    Person.parse({ id: debtorId, name: '张伟', timezone: 'Asia/Shanghai' }),
  ]);
  await store.upsertAccounts([
    {
      id: accountId,
      debtorId,
      product: 'cash_loan',
      currency: 'CNY',
      principal: 5000,
      balance: 5200,
      dueDate: '2026-01-15',
      jurisdiction: 'CN',
      status: 'open',
    },
  ]);
}
