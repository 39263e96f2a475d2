import type { ChainLink } from '../domain/audit/audit-chain.js';
import type {
  Account,
  AccountRole,
  Address,
  Attempt,
  AuditFilter,
  AuditRecord,
  ContactPoint,
  DispatchRecord,
  DispatchStatus,
  EmailLink,
  Employer,
  Employment,
  GraphEdge,
  IdempotencyRecord,
  Obligation,
  Outcome,
  Payment,
  Person,
  PersonFlags,
  Phone,
  PhoneLink,
  PhoneStatus,
  PromiseToPay,
  Relation,
  Residence,
  Subgraph,
} from '../domain/model/index.js';
import type { AccountActivity } from '../domain/retention/retention-period.js';
import type { GraphStore, StoreTx } from './graph-store.js';
import type { AttemptFilter, AttemptLog, GuardHistoryScope } from './roles/attempt-log.js';
import type { AuditLog } from './roles/audit-log.js';
import type { ContactStatus } from './roles/contact-status.js';
import type { GraphIngest } from './roles/graph-ingest.js';
import type { GraphCounts, GraphReads, SharedIdentifier } from './roles/graph-reads.js';
import type { PersonFacts } from './roles/guard-reads.js';
import type { Outbox } from './roles/outbox.js';
import type { PromiseBook } from './roles/promise-book.js';
import type { Receipts } from './roles/receipts.js';
import type { RecordCounts, Retention } from './roles/retention.js';
import type {
  WorklistEntry,
  WorklistIndex,
  WorklistQuery,
  WorklistRow,
} from './roles/worklist-index.js';

/** One adapter's role objects, all over the same connection (or the same transaction). */
export interface StoreRoles {
  graph: GraphReads &
    Required<Pick<GraphReads, 'debtorsHolding' | 'sharedIdentifiersOf' | 'neighbourhoodsOf'>>;
  ingest: GraphIngest;
  contacts: ContactStatus;
  attempts: AttemptLog;
  audit: AuditLog;
  receipts: Receipts;
  outbox: Outbox;
  promises: PromiseBook;
  worklist: WorklistIndex;
  retention: Retention;
}

/**
 * The GraphStore as the composition of an adapter's role objects: each method hands over to the
 * role that implements it. An adapter extends it with what only it knows: its name, the ping,
 * transactions and closing.
 */
export abstract class ComposedGraphStore implements GraphStore {
  abstract readonly name: string;

  constructor(private readonly roles: StoreRoles) {}

  abstract ping(): Promise<void>;
  abstract transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  abstract close(): Promise<void>;

  upsertPersons(rows: Person[]): Promise<void> {
    return this.roles.ingest.upsertPersons(rows);
  }
  upsertAccounts(rows: Account[]): Promise<void> {
    return this.roles.ingest.upsertAccounts(rows);
  }
  upsertEmployers(rows: Employer[]): Promise<void> {
    return this.roles.ingest.upsertEmployers(rows);
  }
  upsertAddresses(rows: Address[]): Promise<void> {
    return this.roles.ingest.upsertAddresses(rows);
  }
  upsertPhoneLinks(rows: PhoneLink[]): Promise<void> {
    return this.roles.ingest.upsertPhoneLinks(rows);
  }
  upsertEmailLinks(rows: EmailLink[]): Promise<void> {
    return this.roles.ingest.upsertEmailLinks(rows);
  }
  upsertResidences(rows: Residence[]): Promise<void> {
    return this.roles.ingest.upsertResidences(rows);
  }
  upsertEmployments(rows: Employment[]): Promise<void> {
    return this.roles.ingest.upsertEmployments(rows);
  }
  upsertRelations(rows: Relation[]): Promise<void> {
    return this.roles.ingest.upsertRelations(rows);
  }
  upsertObligations(rows: Obligation[]): Promise<void> {
    return this.roles.ingest.upsertObligations(rows);
  }

  getPerson(id: string): Promise<Person | undefined> {
    return this.roles.graph.getPerson(id);
  }
  getAccount(id: string): Promise<Account | undefined> {
    return this.roles.graph.getAccount(id);
  }
  getPhone(e164: string): Promise<Phone | undefined> {
    return this.roles.graph.getPhone(e164);
  }
  accountsOf(personId: string): Promise<{ account: Account; role: AccountRole }[]> {
    return this.roles.graph.accountsOf(personId);
  }
  accountRolesOf(personIds: string[]): Promise<AccountRole[][]> {
    return this.roles.graph.accountRolesOf(personIds);
  }
  findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]> {
    return this.roles.graph.findPersons(query);
  }
  neighbourhood(personId: string, depth: number): Promise<Subgraph> {
    return this.roles.graph.neighbourhood(personId, depth);
  }
  personFacts(personId: string): Promise<PersonFacts | undefined> {
    return this.roles.graph.personFacts(personId);
  }
  knowsBetween(personId: string, otherId: string): Promise<GraphEdge[]> {
    return this.roles.graph.knowsBetween(personId, otherId);
  }
  sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier> {
    return this.roles.graph.sharedIdentifiers(contact);
  }
  sharedIdentifiersOf(contacts: ContactPoint[]): Promise<SharedIdentifier[]> {
    return this.roles.graph.sharedIdentifiersOf(contacts);
  }
  neighbourhoodsOf(personIds: string[], known?: Subgraph): Promise<Subgraph[]> {
    return this.roles.graph.neighbourhoodsOf(personIds, known);
  }
  debtorsHolding(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]> {
    return this.roles.graph.debtorsHolding(contacts);
  }
  debtorsReachingPhone(e164: string, limit: number): Promise<string[]> {
    return this.roles.graph.debtorsReachingPhone(e164, limit);
  }
  counts(): Promise<GraphCounts> {
    return this.roles.graph.counts();
  }

  setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void> {
    return this.roles.contacts.setPhoneStatus(e164, status, at);
  }
  setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void> {
    return this.roles.contacts.setPersonFlags(id, patch);
  }

  recordAttempts(rows: Attempt[]): Promise<void> {
    return this.roles.attempts.recordAttempts(rows);
  }
  getAttempt(id: string): Promise<Attempt | undefined> {
    return this.roles.attempts.getAttempt(id);
  }
  listAttempts(filter: AttemptFilter): Promise<Attempt[]> {
    return this.roles.attempts.listAttempts(filter);
  }
  guardHistory(scope: GuardHistoryScope): Promise<Attempt[]> {
    return this.roles.attempts.guardHistory(scope);
  }
  setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined> {
    return this.roles.attempts.setAttemptOutcome(id, outcome, at, note);
  }
  lockScopes(keys: readonly string[]): Promise<void> {
    return this.roles.attempts.lockScopes(keys);
  }

  appendAudit(record: AuditRecord): Promise<void> {
    return this.roles.audit.appendAudit(record);
  }
  listAudit(filter: AuditFilter): Promise<AuditRecord[]> {
    return this.roles.audit.listAudit(filter);
  }
  auditChain(afterSeq: number, limit: number): Promise<ChainLink[]> {
    return this.roles.audit.auditChain(afterSeq, limit);
  }

  getReceipt(idempotencyKey: string): Promise<IdempotencyRecord | undefined> {
    return this.roles.receipts.getReceipt(idempotencyKey);
  }
  putReceipt(receipt: IdempotencyRecord): Promise<boolean> {
    return this.roles.receipts.putReceipt(receipt);
  }

  enqueueDispatch(record: DispatchRecord): Promise<void> {
    return this.roles.outbox.enqueueDispatch(record);
  }
  updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void> {
    return this.roles.outbox.updateDispatch(id, patch);
  }
  listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]> {
    return this.roles.outbox.listOutbox(filter);
  }

  putPromise(promise: PromiseToPay): Promise<void> {
    return this.roles.promises.putPromise(promise);
  }
  withdrawPromise(id: string): Promise<boolean> {
    return this.roles.promises.withdrawPromise(id);
  }
  listPromises(accountId: string): Promise<PromiseToPay[]> {
    return this.roles.promises.listPromises(accountId);
  }
  recordPayments(rows: Payment[]): Promise<number> {
    return this.roles.promises.recordPayments(rows);
  }
  listPayments(accountId: string): Promise<Payment[]> {
    return this.roles.promises.listPayments(accountId);
  }

  putWorklistEntries(rows: WorklistEntry[]): Promise<void> {
    return this.roles.worklist.putWorklistEntries(rows);
  }
  dropWorklistEntries(accountIds: string[]): Promise<void> {
    return this.roles.worklist.dropWorklistEntries(accountIds);
  }
  markWorklistStale(target: { accountIds?: string[]; debtorIds?: string[] }): Promise<void> {
    return this.roles.worklist.markWorklistStale(target);
  }
  setWorklistPromise(accountId: string, promiseDue: string | undefined): Promise<void> {
    return this.roles.worklist.setWorklistPromise(accountId, promiseDue);
  }
  worklistPage(query: WorklistQuery): Promise<WorklistRow[]> {
    return this.roles.worklist.worklistPage(query);
  }
  staleWorklistAccounts(limit: number): Promise<string[]> {
    return this.roles.worklist.staleWorklistAccounts(limit);
  }
  hasFreshWorklistEntries(): Promise<boolean> {
    return this.roles.worklist.hasFreshWorklistEntries();
  }

  accountActivity(afterAccountId: string | undefined, limit: number): Promise<AccountActivity[]> {
    return this.roles.retention.accountActivity(afterAccountId, limit);
  }
  countRecords(accountIds: readonly string[]): Promise<RecordCounts> {
    return this.roles.retention.countRecords(accountIds);
  }
  purgeRecords(accountIds: readonly string[], purgeId: string): Promise<RecordCounts> {
    return this.roles.retention.purgeRecords(accountIds, purgeId);
  }
}
