import type {
  Account,
  Address,
  Attempt,
  AuditRecord,
  DispatchRecord,
  EdgeProps,
  EdgeType,
  Employer,
  GraphEdge,
  IdempotencyRecord,
  Person,
  PersonFlags,
  Phone,
} from '../../domain/model/index.js';

/*
 * Table rows as SQLite returns them, and their conversion to the domain model. Absent optional
 * fields are stored as NULL and come back as absent properties (never `null`), so a value read
 * back equals the value written.
 */

export interface PersonRow {
  id: string;
  name: string;
  locale: string | null;
  timezone: string | null;
  flags: string;
}

export interface AccountRow {
  id: string;
  debtor_id: string;
  product: string;
  currency: string;
  principal: number;
  balance: number;
  due_date: string;
  jurisdiction: string;
  status: string;
}

export interface PhoneRow {
  e164: string;
  type: string;
  country: string | null;
  status: string;
  status_at: string | null;
}

export interface AddressRow {
  id: string;
  line: string;
  city: string;
  region: string;
  country: string;
  postcode: string | null;
  timezone: string | null;
}

export interface EmployerRow {
  id: string;
  name: string;
}

export interface EdgeRow {
  type: string;
  from_key: string;
  to_key: string;
  source: string;
  kind: string | null;
  first_seen: string | null;
  last_seen: string | null;
  confidence: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface AttemptRow {
  id: string;
  account_id: string;
  at: string;
  channel: string;
  contact_kind: string;
  contact_value: string;
  person_id: string | null;
  outcome: string | null;
  outcome_at: string | null;
  note: string | null;
  decision_id: string | null;
  message_digest: string | null;
  direction?: string | null;
}

export interface OutboxRow {
  id: string;
  attempt_id: string;
  channel: string;
  to_kind: string;
  to_value: string;
  message: string | null;
  provider: string;
  status: string;
  tries: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReceiptRow {
  idempotency_key: string;
  request_digest: string;
  status: number;
  body: string;
  created_at: string;
}

/** Copies `value` into `target[key]` unless it is NULL. */
function setIfPresent<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | null,
): void {
  if (value !== null && value !== undefined) target[key] = value;
}

/** The flags a person has when nothing restricts contact. */
export function defaultFlags(): PersonFlags {
  return {
    ceaseContact: false,
    disputed: false,
    deceased: false,
    bankrupt: false,
    employerForbidsContact: false,
    optOut: [],
  };
}

const DEFAULT_FLAGS_TEXT = JSON.stringify(defaultFlags());

/** The flags text most persons share (nothing restricts contact), and what it reads as. */
let commonFlags: { json: string; flags: PersonFlags } | undefined;

/** Stored flags JSON (possibly from an older build with fewer keys) read back with every default filled in. */
export function parseFlags(json: string): PersonFlags {
  // Nearly every person row carries the same text: copy its reading instead of parsing it again.
  if (commonFlags?.json === json)
    return { ...commonFlags.flags, optOut: [...commonFlags.flags.optOut] };
  const flags = readFlags(json);
  // Only a text that reads as exactly the defaults is kept: its copy has no nested values to share.
  if (JSON.stringify(flags) === DEFAULT_FLAGS_TEXT)
    commonFlags = { json, flags: { ...flags, optOut: [] } };
  return flags;
}

function readFlags(json: string): PersonFlags {
  const stored = JSON.parse(json) as Partial<PersonFlags> & {
    attorney?: PersonFlags['attorney'] | null;
  };
  const flags: PersonFlags = { ...defaultFlags(), ...stored, optOut: [...(stored.optOut ?? [])] };
  if (stored.attorney === null || stored.attorney === undefined) delete flags.attorney;
  return flags;
}

/** A persons row as a Person. */
export function personFromRow(row: PersonRow): Person {
  const person: Person = { id: row.id, name: row.name, flags: parseFlags(row.flags) };
  setIfPresent(person, 'locale', row.locale);
  setIfPresent(person, 'timezone', row.timezone);
  return person;
}

/** An accounts row as an Account. */
export function accountFromRow(row: AccountRow): Account {
  return {
    id: row.id,
    debtorId: row.debtor_id,
    product: row.product,
    currency: row.currency,
    principal: row.principal,
    balance: row.balance,
    dueDate: row.due_date,
    jurisdiction: row.jurisdiction,
    status: row.status as Account['status'],
  };
}

/** A phones row as a Phone. */
export function phoneFromRow(row: PhoneRow): Phone {
  const phone: Phone = { e164: row.e164, type: row.type, status: row.status as Phone['status'] };
  setIfPresent(phone, 'country', row.country);
  setIfPresent(phone, 'statusAt', row.status_at);
  return phone;
}

/** An addresses row as an Address. */
export function addressFromRow(row: AddressRow): Address {
  const address: Address = {
    id: row.id,
    line: row.line,
    city: row.city,
    region: row.region,
    country: row.country,
  };
  setIfPresent(address, 'postcode', row.postcode);
  setIfPresent(address, 'timezone', row.timezone);
  return address;
}

/** An employers row as an Employer. */
export function employerFromRow(row: EmployerRow): Employer {
  return { id: row.id, name: row.name };
}

/** An edges row as a GraphEdge with only the properties it carries. */
export function edgeFromRow(row: EdgeRow): GraphEdge {
  const props: EdgeProps = { source: row.source };
  setIfPresent(props, 'firstSeen', row.first_seen);
  setIfPresent(props, 'lastSeen', row.last_seen);
  setIfPresent(props, 'confidence', row.confidence);
  setIfPresent(props, 'kind', row.kind);
  setIfPresent(props, 'from', row.valid_from);
  setIfPresent(props, 'to', row.valid_to);
  return { type: row.type as EdgeType, from: row.from_key, to: row.to_key, props };
}

/** An attempts row as an Attempt. */
export function attemptFromRow(row: AttemptRow): Attempt {
  const attempt: Attempt = {
    id: row.id,
    accountId: row.account_id,
    at: row.at,
    channel: row.channel as Attempt['channel'],
    contact: { kind: row.contact_kind as Attempt['contact']['kind'], value: row.contact_value },
  };
  setIfPresent(attempt, 'personId', row.person_id);
  setIfPresent(attempt, 'outcome', row.outcome as Attempt['outcome'] | null);
  setIfPresent(attempt, 'outcomeAt', row.outcome_at);
  setIfPresent(attempt, 'note', row.note);
  setIfPresent(attempt, 'decisionId', row.decision_id);
  setIfPresent(attempt, 'messageDigest', row.message_digest);
  if (row.direction === 'inbound') attempt.direction = 'inbound';
  return attempt;
}

/** An audit row's stored record. */
export function auditFromRow(row: { record: string }): AuditRecord {
  return JSON.parse(row.record) as AuditRecord;
}

/** An outbox row as a DispatchRecord. */
export function dispatchFromRow(row: OutboxRow): DispatchRecord {
  const record: DispatchRecord = {
    id: row.id,
    attemptId: row.attempt_id,
    channel: row.channel as DispatchRecord['channel'],
    to: { kind: row.to_kind as DispatchRecord['to']['kind'], value: row.to_value },
    provider: row.provider,
    status: row.status as DispatchRecord['status'],
    tries: row.tries,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  setIfPresent(record, 'message', row.message);
  setIfPresent(record, 'lastError', row.last_error);
  return record;
}

/** A receipts row as an IdempotencyRecord. */
export function receiptFromRow(row: ReceiptRow): IdempotencyRecord {
  return {
    idempotencyKey: row.idempotency_key,
    requestDigest: row.request_digest,
    outcome: JSON.parse(row.body) as unknown,
    createdAt: row.created_at,
  };
}
