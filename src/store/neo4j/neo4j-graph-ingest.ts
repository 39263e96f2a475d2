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
} from '../../domain/model/index.js';
import { evidenceParams } from '../port-rules.js';
import type { GraphIngest } from '../roles/graph-ingest.js';
import { personRow } from './neo4j-rows.js';
import type { Neo4jSession } from './neo4j-session.js';

/**
 * Imports into Neo4j: UNWIND batches, one round trip per `batchSize` rows, all batches of one
 * call in one write transaction. Relationships may name nodes not stored yet: the far end is
 * created with its key only and counts as not stored (readers skip it) until its own upsert arrives.
 */
export class Neo4jGraphIngest implements GraphIngest {
  constructor(private readonly s: Neo4jSession) {}

  async upsertPersons(rows: Person[]): Promise<void> {
    await this.s.upsertBatches('upsert-persons', rows.map(personRow));
  }

  async upsertAccounts(rows: Account[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-accounts',
      rows.map((a) => ({
        id: a.id,
        debtorId: a.debtorId,
        product: a.product,
        currency: a.currency,
        principal: a.principal,
        balance: a.balance,
        dueDate: a.dueDate,
        jurisdiction: a.jurisdiction,
        status: a.status ?? 'open',
      })),
    );
  }

  async upsertEmployers(rows: Employer[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-employers',
      rows.map((e) => ({ id: e.id, name: e.name })),
    );
  }

  async upsertAddresses(rows: Address[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-addresses',
      rows.map((a) => ({
        id: a.id,
        line: a.line,
        city: a.city,
        region: a.region ?? '',
        country: a.country,
        postcode: a.postcode ?? null,
        timezone: a.timezone ?? null,
      })),
    );
  }

  async upsertPhoneLinks(rows: PhoneLink[]): Promise<void> {
    const row = (link: PhoneLink) => ({
      ownerId: link.owner.id,
      e164: link.phone.e164,
      type: link.phone.type ?? 'UNKNOWN',
      country: link.phone.country ?? null,
      status: link.phone.status ?? 'unknown',
      statusAt: link.phone.statusAt ?? null,
      ...evidenceParams(link),
    });
    if (rows.length === 0) return;
    // The owner's label cannot be a parameter: one file per owner kind, both in one transaction.
    await this.s.transactionally(async (session) => {
      await session.upsertBatches(
        'upsert-person-phone-links',
        rows.filter((l) => l.owner.kind === 'person').map(row),
      );
      await session.upsertBatches(
        'upsert-employer-phone-links',
        rows.filter((l) => l.owner.kind === 'employer').map(row),
      );
    });
  }

  async upsertEmailLinks(rows: EmailLink[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-email-links',
      rows.map((l) => ({
        personId: l.personId,
        address: l.address.toLowerCase(),
        ...evidenceParams(l),
      })),
    );
  }

  async upsertResidences(rows: Residence[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-residences',
      rows.map((r) => ({
        personId: r.personId,
        addressId: r.addressId,
        ...evidenceParams(r),
        validFrom: r.from ?? null,
        validTo: r.to ?? null,
      })),
    );
  }

  async upsertEmployments(rows: Employment[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-employments',
      rows.map((r) => ({
        personId: r.personId,
        employerId: r.employerId,
        ...evidenceParams(r),
        validFrom: r.from ?? null,
        validTo: r.to ?? null,
      })),
    );
  }

  async upsertRelations(rows: Relation[]): Promise<void> {
    await this.s.upsertBatches(
      'upsert-relations',
      rows.map((r) => ({
        from: r.from,
        to: r.to,
        kind: r.kind,
        ...evidenceParams(r),
      })),
    );
  }

  async upsertObligations(rows: Obligation[]): Promise<void> {
    if (rows.length === 0) return;
    const row = (o: Obligation) => ({
      personId: o.personId,
      accountId: o.accountId,
      source: o.source ?? 'contract',
    });
    // The relationship type cannot be a parameter: one file per role, both in one transaction.
    await this.s.transactionally(async (session) => {
      await session.upsertBatches(
        'upsert-guarantees',
        rows.filter((o) => o.role === 'guarantor').map(row),
      );
      await session.upsertBatches(
        'upsert-co-borrows',
        rows.filter((o) => o.role === 'co_borrower').map(row),
      );
    });
  }
}
