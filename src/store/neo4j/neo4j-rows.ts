import { z } from 'zod';
import type {
  Account,
  Address,
  Attempt,
  Channel,
  DispatchRecord,
  EdgeProps,
  Employer,
  GraphNode,
  IdempotencyRecord,
  Person,
  PersonFlags,
  Phone,
} from '../../domain/model/index.js';
import { ConsumerRequest, nodeKey } from '../../domain/model/index.js';

/*
 * Property maps as the store's queries return them (`properties(n)`), and their conversion to the
 * domain model. Neo4j never stores null: an absent optional field is an absent property and
 * comes back as an absent field, so a value read back equals the value written.
 *
 * A node that only exists as the far end of a relationship (an import that brought the edge
 * before the node) lacks its required properties; such a node counts as not stored.
 */

/** A property map read from Neo4j. */
export type Props = Record<string, unknown>;

/** The property as text, or undefined when absent or not text. */
function text(props: Props, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' ? value : undefined;
}

/** The property as a number, or undefined. */
function num(props: Props, key: string): number | undefined {
  const value = props[key];
  return typeof value === 'number' ? value : undefined;
}

/** Copies `value` into `target[key]` unless it is absent. */
function setIfPresent<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined && value !== null) target[key] = value;
}

/** The flat person properties an upsert row carries for a Person (flags spread out as properties). */
export interface PersonRow {
  id: string;
  name: string;
  locale: string | null;
  timezone: string | null;
  ceaseContact: boolean;
  disputed: boolean;
  deceased: boolean;
  bankrupt: boolean;
  employerForbidsContact: boolean;
  optOut: string[];
  consent: string[];
  attorneyName: string | null;
  attorneyPhone: string | null;
}

/** A Person as the row upsert-persons takes. */
export function personRow(p: Person): PersonRow {
  const flags: Partial<PersonFlags> = p.flags ?? {};
  return {
    id: p.id,
    name: p.name,
    locale: p.locale ?? null,
    timezone: p.timezone ?? null,
    ceaseContact: flags.ceaseContact ?? false,
    disputed: flags.disputed ?? false,
    deceased: flags.deceased ?? false,
    bankrupt: flags.bankrupt ?? false,
    employerForbidsContact: flags.employerForbidsContact ?? false,
    optOut: [...(flags.optOut ?? [])],
    consent: [...(flags.consent ?? [])],
    attorneyName: flags.attorney?.name ?? null,
    attorneyPhone: flags.attorney?.phone ?? null,
  };
}

/**
 * The properties set-person-flags writes for a patch. A key present with `undefined` resets the
 * flag to its default (the attorney is removed), as spreading the patch over stored flags does.
 */
export function personFlagsPatch(patch: Partial<PersonFlags>): Props {
  const out: Props = {};
  for (const key of Object.keys(patch) as (keyof PersonFlags)[]) {
    switch (key) {
      case 'attorney':
        out.attorneyName = patch.attorney?.name ?? null;
        out.attorneyPhone = patch.attorney?.phone ?? null;
        break;
      case 'optOut':
        out.optOut = [...new Set(patch.optOut ?? [])];
        break;
      case 'consent':
        out.consent = [...new Set(patch.consent ?? [])];
        break;
      case 'requests':
        // Dated consumer requests are nested records: one JSON property (Neo4j has no maps in lists).
        out.requestsJson = JSON.stringify(patch.requests ?? []);
        break;
      case 'ceaseContact':
      case 'disputed':
      case 'deceased':
      case 'bankrupt':
      case 'employerForbidsContact':
        out[key] = patch[key] ?? false;
        break;
    }
  }
  return out;
}

/** Stored consumer requests. An unreadable list throws: a lost opt-out must never read as none. */
function parseRequests(json: string): ConsumerRequest[] {
  return z.array(ConsumerRequest).parse(JSON.parse(json));
}

/** A Person node's properties as a Person, or undefined for a node not stored yet. */
export function personFromProps(props: Props): Person | undefined {
  const id = text(props, 'id');
  const name = text(props, 'name');
  if (id === undefined || name === undefined) return undefined;
  const optOut = Array.isArray(props.optOut)
    ? (props.optOut.filter((c) => typeof c === 'string') as Channel[])
    : [];
  const flags: PersonFlags = {
    ceaseContact: props.ceaseContact === true,
    disputed: props.disputed === true,
    deceased: props.deceased === true,
    bankrupt: props.bankrupt === true,
    employerForbidsContact: props.employerForbidsContact === true,
    optOut,
  };
  const attorneyName = text(props, 'attorneyName');
  const attorneyPhone = text(props, 'attorneyPhone');
  if (attorneyName !== undefined && attorneyPhone !== undefined)
    flags.attorney = { name: attorneyName, phone: attorneyPhone };
  const consent = Array.isArray(props.consent)
    ? (props.consent.filter((c) => typeof c === 'string') as Channel[])
    : [];
  if (consent.length > 0) flags.consent = consent;
  const requests = text(props, 'requestsJson');
  if (requests !== undefined) flags.requests = parseRequests(requests);
  const person: Person = { id, name, flags };
  setIfPresent(person, 'locale', text(props, 'locale'));
  setIfPresent(person, 'timezone', text(props, 'timezone'));
  return person;
}

/** An Account node's properties as an Account, or undefined for a node not stored yet. */
export function accountFromProps(props: Props): Account | undefined {
  const id = text(props, 'id');
  const product = text(props, 'product');
  if (id === undefined || product === undefined) return undefined;
  return {
    id,
    debtorId: text(props, 'debtorId') ?? '',
    product,
    currency: text(props, 'currency') ?? '',
    principal: num(props, 'principal') ?? 0,
    balance: num(props, 'balance') ?? 0,
    dueDate: text(props, 'dueDate') ?? '',
    jurisdiction: text(props, 'jurisdiction') ?? '',
    status: (text(props, 'status') ?? 'open') as Account['status'],
  };
}

/** A Phone node's properties as a Phone. */
export function phoneFromProps(props: Props): Phone | undefined {
  const e164 = text(props, 'e164');
  if (e164 === undefined) return undefined;
  const phone: Phone = {
    e164,
    type: text(props, 'type') ?? 'UNKNOWN',
    status: (text(props, 'status') ?? 'unknown') as Phone['status'],
  };
  setIfPresent(phone, 'country', text(props, 'country'));
  setIfPresent(phone, 'statusAt', text(props, 'statusAt'));
  return phone;
}

/** An Address node's properties as an Address, or undefined for a node not stored yet. */
export function addressFromProps(props: Props): Address | undefined {
  const id = text(props, 'id');
  const line = text(props, 'line');
  if (id === undefined || line === undefined) return undefined;
  const address: Address = {
    id,
    line,
    city: text(props, 'city') ?? '',
    region: text(props, 'region') ?? '',
    country: text(props, 'country') ?? '',
  };
  setIfPresent(address, 'postcode', text(props, 'postcode'));
  setIfPresent(address, 'timezone', text(props, 'timezone'));
  return address;
}

/** An Employer node's properties as an Employer, or undefined for a node not stored yet. */
export function employerFromProps(props: Props): Employer | undefined {
  const id = text(props, 'id');
  const name = text(props, 'name');
  return id === undefined || name === undefined ? undefined : { id, name };
}

/** A node of any graph label as a subgraph node; undefined for other labels and nodes not stored yet. */
export function graphNodeFromProps(labels: readonly string[], props: Props): GraphNode | undefined {
  if (labels.includes('Person')) {
    const data = personFromProps(props);
    return data && { key: nodeKey('person', data.id), kind: 'person', data };
  }
  if (labels.includes('Account')) {
    const data = accountFromProps(props);
    return data && { key: nodeKey('account', data.id), kind: 'account', data };
  }
  if (labels.includes('Phone')) {
    const data = phoneFromProps(props);
    return data && { key: nodeKey('phone', data.e164), kind: 'phone', data };
  }
  if (labels.includes('Email')) {
    const address = text(props, 'address');
    return address === undefined
      ? undefined
      : { key: nodeKey('email', address), kind: 'email', data: { address } };
  }
  if (labels.includes('Address')) {
    const data = addressFromProps(props);
    return data && { key: nodeKey('address', data.id), kind: 'address', data };
  }
  if (labels.includes('Employer')) {
    const data = employerFromProps(props);
    return data && { key: nodeKey('employer', data.id), kind: 'employer', data };
  }
  return undefined;
}

/** A relationship's properties as the edge properties of the model (validFrom/validTo become from/to). */
export function edgePropsFromProps(props: Props): EdgeProps {
  const out: EdgeProps = { source: text(props, 'source') ?? '' };
  setIfPresent(out, 'firstSeen', text(props, 'firstSeen'));
  setIfPresent(out, 'lastSeen', text(props, 'lastSeen'));
  setIfPresent(out, 'confidence', num(props, 'confidence'));
  setIfPresent(out, 'kind', text(props, 'kind'));
  setIfPresent(out, 'from', text(props, 'validFrom'));
  setIfPresent(out, 'to', text(props, 'validTo'));
  return out;
}

/** An Attempt node's properties as an Attempt. */
export function attemptFromProps(props: Props): Attempt {
  const attempt: Attempt = {
    id: text(props, 'id') ?? '',
    accountId: text(props, 'accountId') ?? '',
    at: text(props, 'at') ?? '',
    channel: text(props, 'channel') as Attempt['channel'],
    contact: {
      kind: text(props, 'contactKind') as Attempt['contact']['kind'],
      value: text(props, 'contactValue') ?? '',
    },
  };
  setIfPresent(attempt, 'personId', text(props, 'personId'));
  setIfPresent(attempt, 'outcome', text(props, 'outcome') as Attempt['outcome']);
  setIfPresent(attempt, 'outcomeAt', text(props, 'outcomeAt'));
  setIfPresent(attempt, 'note', text(props, 'note'));
  setIfPresent(attempt, 'decisionId', text(props, 'decisionId'));
  setIfPresent(attempt, 'messageDigest', text(props, 'messageDigest'));
  if (text(props, 'direction') === 'inbound') attempt.direction = 'inbound';
  return attempt;
}

/** A Dispatch node's properties as a DispatchRecord. */
export function dispatchFromProps(props: Props): DispatchRecord {
  const record: DispatchRecord = {
    id: text(props, 'id') ?? '',
    attemptId: text(props, 'attemptId') ?? '',
    channel: text(props, 'channel') as DispatchRecord['channel'],
    to: {
      kind: text(props, 'toKind') as DispatchRecord['to']['kind'],
      value: text(props, 'toValue') ?? '',
    },
    provider: text(props, 'provider') ?? '',
    status: text(props, 'status') as DispatchRecord['status'],
    tries: num(props, 'tries') ?? 0,
    createdAt: text(props, 'createdAt') ?? '',
    updatedAt: text(props, 'updatedAt') ?? '',
  };
  setIfPresent(record, 'message', text(props, 'message'));
  setIfPresent(record, 'lastError', text(props, 'lastError'));
  return record;
}

/** A Receipt node's properties as an IdempotencyRecord (the body is stored as JSON text). */
export function receiptFromProps(props: Props): IdempotencyRecord {
  return {
    idempotencyKey: text(props, 'idempotencyKey') ?? '',
    requestDigest: text(props, 'requestDigest') ?? '',
    outcome: JSON.parse(text(props, 'body') ?? 'null') as unknown,
    createdAt: text(props, 'createdAt') ?? '',
  };
}
