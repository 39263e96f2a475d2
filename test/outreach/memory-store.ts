import type { AttemptFilter, GraphStore } from '../../src/store/graph-store.js';
import type { Account, Attempt, AuditRecord, DispatchRecord, OutreachReceipt, Person } from '../../src/domain/model/index.js';

interface State {
  persons: Map<string, Person>;
  accounts: Map<string, Account>;
  attempts: Map<string, Attempt>;
  audit: AuditRecord[];
  receipts: Map<string, OutreachReceipt>;
  outbox: Map<string, DispatchRecord>;
}

/**
 * The part of the store port the outreach pipeline uses, in memory, with serialised transactions
 * that roll back on a throw; every other port method throws so a test never passes by accident.
 */
export function memoryStore(): GraphStore {
  let state: State = { persons: new Map(), accounts: new Map(), attempts: new Map(), audit: [], receipts: new Map(), outbox: new Map() };
  let chain: Promise<unknown> = Promise.resolve();
  const impl = {
    name: 'memory',
    async upsertPersons(rows: Person[]) {
      for (const r of rows) state.persons.set(r.id, structuredClone(r));
    },
    async upsertAccounts(rows: Account[]) {
      for (const r of rows) state.accounts.set(r.id, structuredClone(r));
    },
    async getAccount(id: string) {
      return structuredClone(state.accounts.get(id));
    },
    async getPerson(id: string) {
      return structuredClone(state.persons.get(id));
    },
    async recordAttempts(rows: Attempt[]) {
      for (const r of rows) if (!state.attempts.has(r.id)) state.attempts.set(r.id, structuredClone(r));
    },
    async getAttempt(id: string) {
      return structuredClone(state.attempts.get(id));
    },
    async listAttempts(f: AttemptFilter) {
      return [...state.attempts.values()]
        .filter((a) => (f.accountId === undefined || a.accountId === f.accountId) && (f.from === undefined || a.at >= f.from) && (f.to === undefined || a.at < f.to))
        .map((a) => structuredClone(a));
    },
    async lockAccount() {},
    async appendAudit(r: AuditRecord) {
      state.audit.push(structuredClone(r));
    },
    async listAudit() {
      return structuredClone(state.audit);
    },
    async getReceipt(key: string) {
      return structuredClone(state.receipts.get(key));
    },
    async putReceipt(r: OutreachReceipt) {
      if (state.receipts.has(r.idempotencyKey)) return false;
      state.receipts.set(r.idempotencyKey, structuredClone(r));
      return true;
    },
    async enqueueDispatch(r: DispatchRecord) {
      state.outbox.set(r.id, structuredClone(r));
    },
    async updateDispatch(id: string, patch: Partial<DispatchRecord>) {
      const r = state.outbox.get(id);
      if (r) state.outbox.set(id, { ...r, ...patch });
    },
    async listOutbox(f: { status?: string; limit?: number }) {
      return [...state.outbox.values()].filter((r) => f.status === undefined || r.status === f.status).slice(0, f.limit ?? Infinity).map((r) => structuredClone(r));
    },
    async ping() {},
    async close() {},
    transaction<T>(fn: (tx: GraphStore) => Promise<T>): Promise<T> {
      const run = chain.then(async () => {
        const saved: State = structuredClone(state);
        try {
          return await fn(store);
        } catch (error) {
          state = saved;
          throw error;
        }
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
  const store = new Proxy(impl, {
    get(target, prop, receiver) {
      if (prop in target) return Reflect.get(target, prop, receiver);
      if (prop === 'then') return undefined;
      return () => {
        throw new Error(`memory store: ${String(prop)} is not part of the outreach pipeline`);
      };
    },
  }) as unknown as GraphStore;
  return store;
}
