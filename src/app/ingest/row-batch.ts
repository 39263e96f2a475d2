import type {
  Account,
  Address,
  Attempt,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Payment,
  Person,
  PhoneLink,
  Relation,
  Residence,
} from '../../domain/model/index.js';
import type {
  AttemptLog,
  GraphIngest,
  GraphReads,
  PromiseBook,
  WorklistIndex,
} from '../../store/graph-store.js';
import { refreshPromiseDue } from '../promises/promise-upkeep.js';
import { MAX_DEBTORS_RERANKED } from '../worklist/max-debtors-reranked.js';
import type { PortRow } from './map-record.js';

/**
 * Rows buffered for one write, by port upsert. Nodes are written before the relationships
 * that name them (persons, employers, addresses, accounts, then links), so a batch never
 * leaves an edge waiting on a node it carries itself.
 */
export class RowBatch {
  private persons: Person[] = [];
  private accounts: Account[] = [];
  private employers = new Map<string, Employer>();
  private addresses: Address[] = [];
  private phoneLinks: PhoneLink[] = [];
  private emailLinks: EmailLink[] = [];
  private residences: Residence[] = [];
  private employments: Employment[] = [];
  private relations: Relation[] = [];
  private obligations: Obligation[] = [];
  private attempts: Attempt[] = [];
  private payments: Payment[] = [];
  private count = 0;

  /** Rows held. */
  get size(): number {
    return this.count;
  }

  /** Adds one row. */
  add(piece: PortRow): void {
    this.count += 1;
    switch (piece.kind) {
      case 'person':
        this.persons.push(piece.row);
        break;
      case 'account':
        this.accounts.push(piece.row);
        break;
      case 'employer':
        // Every employment repeats its employer: write each once per batch, the last name seen.
        this.employers.set(piece.row.id, piece.row);
        break;
      case 'address':
        this.addresses.push(piece.row);
        break;
      case 'phoneLink':
        this.phoneLinks.push(piece.row);
        break;
      case 'emailLink':
        this.emailLinks.push(piece.row);
        break;
      case 'residence':
        this.residences.push(piece.row);
        break;
      case 'employment':
        this.employments.push(piece.row);
        break;
      case 'relation':
        this.relations.push(piece.row);
        break;
      case 'obligation':
        this.obligations.push(piece.row);
        break;
      case 'attempt':
        this.attempts.push(piece.row);
        break;
      case 'payment':
        this.payments.push(piece.row);
        break;
    }
  }

  /** Writes every row through `store` (call inside a transaction), nodes first; empty kinds are not sent. */
  async writeTo(
    store: GraphIngest & AttemptLog & PromiseBook & WorklistIndex & GraphReads,
  ): Promise<void> {
    const employers = [...this.employers.values()];
    if (this.persons.length > 0) await store.upsertPersons(this.persons);
    if (employers.length > 0) await store.upsertEmployers(employers);
    if (this.addresses.length > 0) await store.upsertAddresses(this.addresses);
    if (this.accounts.length > 0) await store.upsertAccounts(this.accounts);
    if (this.phoneLinks.length > 0) await store.upsertPhoneLinks(this.phoneLinks);
    if (this.emailLinks.length > 0) await store.upsertEmailLinks(this.emailLinks);
    if (this.residences.length > 0) await store.upsertResidences(this.residences);
    if (this.employments.length > 0) await store.upsertEmployments(this.employments);
    if (this.relations.length > 0) await store.upsertRelations(this.relations);
    if (this.obligations.length > 0) await store.upsertObligations(this.obligations);
    if (this.attempts.length > 0) await store.recordAttempts(this.attempts);
    if (this.payments.length > 0) await store.recordPayments(this.payments);
    await this.keepWorklist(store);
  }

  /**
   * Worklist upkeep for what this batch changed: new or changed accounts and history, and the
   * debtors whose routes reach a number it links or gives a status, are re-ranked when next seen.
   */
  private async keepWorklist(store: PromiseBook & WorklistIndex & GraphReads): Promise<void> {
    const accountIds = new Set([
      ...this.accounts.map((a) => a.id),
      ...this.attempts.map((a) => a.accountId),
      // A guarantor or co-borrower added: the account's debtor now reaches them.
      ...this.obligations.map((o) => o.accountId),
    ]);
    const debtorIds = new Set<string>();
    for (const l of this.phoneLinks) if (l.owner.kind === 'person') debtorIds.add(l.owner.id);
    for (const l of this.emailLinks) debtorIds.add(l.personId);
    for (const r of this.residences) debtorIds.add(r.personId);
    for (const e of this.employments) debtorIds.add(e.personId);
    for (const r of this.relations) debtorIds.add(r.from).add(r.to);
    for (const p of this.persons) debtorIds.add(p.id);
    for (const id of await this.debtorsReachingLinkedPhones(store)) debtorIds.add(id);
    await store.markWorklistStale({ accountIds: [...accountIds], debtorIds: [...debtorIds] });
    const closed = this.accounts.filter((a) => a.status !== 'open').map((a) => a.id);
    await store.dropWorklistEntries(closed);
    for (const accountId of new Set(this.payments.map((p) => p.accountId)))
      await refreshPromiseDue(store, accountId);
  }

  /**
   * The debtors whose routes reach a number this batch links (a new one, or a status such as
   * invalid or suspended): through a reference holding it, their employer's switchboard or a
   * co-obligor, besides its holders. Read after the batch is written, at most
   * MAX_DEBTORS_RERANKED per number as on a recorded outcome. Skipped while no entry is fresh
   * (a first import): marking could change nothing, and a read per number would slow it.
   */
  private async debtorsReachingLinkedPhones(
    store: WorklistIndex & GraphReads,
  ): Promise<Set<string>> {
    const ids = new Set<string>();
    if (this.phoneLinks.length === 0 || !(await store.hasFreshWorklistEntries())) return ids;
    for (const e164 of new Set(this.phoneLinks.map((l) => l.phone.e164)))
      for (const id of await store.debtorsReachingPhone(e164, MAX_DEBTORS_RERANKED)) ids.add(id);
    return ids;
  }
}
