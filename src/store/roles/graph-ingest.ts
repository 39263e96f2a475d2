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

/**
 * Writing the contact graph from imports. Every upsert is idempotent: writing the same rows
 * twice leaves the same nodes and relationships.
 */
export interface GraphIngest {
  /** Stop flags are sticky: an upsert may raise a flag but never lifts one (only setPersonFlags does); opt-outs accumulate. */
  upsertPersons(rows: Person[]): Promise<void>;
  upsertAccounts(rows: Account[]): Promise<void>;
  upsertEmployers(rows: Employer[]): Promise<void>;
  upsertAddresses(rows: Address[]): Promise<void>;
  /** Creates the phone node if new (keeping a known status unless the row sets one) and the HAS_PHONE edge. */
  upsertPhoneLinks(rows: PhoneLink[]): Promise<void>;
  upsertEmailLinks(rows: EmailLink[]): Promise<void>;
  upsertResidences(rows: Residence[]): Promise<void>;
  upsertEmployments(rows: Employment[]): Promise<void>;
  upsertRelations(rows: Relation[]): Promise<void>;
  upsertObligations(rows: Obligation[]): Promise<void>;
}
