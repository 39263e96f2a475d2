import {
  type Account,
  type Address,
  type Attempt,
  type ContactPoint,
  canonicalEmail,
  contactKindOf,
  EMAIL_PROBLEM_WORDS,
  type EmailLink,
  type Employer,
  type Employment,
  type Evidence,
  isPeriodInOrder,
  type Obligation,
  type Payment,
  type Person,
  PersonFlags,
  type PhoneLink,
  type Relation,
  type Residence,
} from '../../domain/model/index.js';
import { normalisePhone, type PhoneResult } from '../../domain/phone/normalise-phone.js';
import { renderMessage } from '../../messages/render-message.js';
import type { RowParams } from './ingest-problem.js';
import type { InterchangeRecord, PersonRecord } from './record-schemas.js';

/** One row for one port upsert. */
export type PortRow =
  | { kind: 'person'; row: Person }
  | { kind: 'account'; row: Account }
  | { kind: 'employer'; row: Employer }
  | { kind: 'address'; row: Address }
  | { kind: 'phoneLink'; row: PhoneLink }
  | { kind: 'emailLink'; row: EmailLink }
  | { kind: 'residence'; row: Residence }
  | { kind: 'employment'; row: Employment }
  | { kind: 'relation'; row: Relation }
  | { kind: 'obligation'; row: Obligation }
  | { kind: 'attempt'; row: Attempt }
  | { kind: 'payment'; row: Payment };

/** Ids a record names without defining: checked afterwards so dangling ones can be reported. */
export interface References {
  persons: string[];
  accounts: string[];
}

/** A record refused after validation: its code, the English, and the catalogue's arguments. */
type Refused = { ok: false; code: string; message: string; params?: RowParams };

export type MappedRecord =
  | { ok: true; rows: PortRow[]; defines: References; refers: References }
  | Refused;

/** A phone the normaliser refused, at `path`: its code and params, so every language words it (the number masked). */
function phoneProblem(path: string, result: Extract<PhoneResult, { ok: false }>): Refused {
  return {
    ok: false,
    code: result.code,
    message: `${path}: ${result.message}`,
    params: { ...result.params, path },
  };
}

/** A record that breaks a rule of its own (`invalid_record` with one issue at `path`). */
function recordProblem(
  type: string,
  path: string,
  issue: string,
  params: Record<string, string> = {},
): Refused {
  const all = {
    type,
    issues: [{ code: 'issue_at', params: { path, issue: [{ code: issue, params }] } }],
  };
  return {
    ok: false,
    code: 'invalid_record',
    message: renderMessage('en', 'invalid_record', all),
    params: all,
  };
}

/** Normalises one phone number for a region (`normalisePhone`, or a cache in front of it). */
export type PhoneNormaliser = (raw: string, region?: string) => PhoneResult;

/**
 * Maps a validated record to the port rows it stands for, normalising phone numbers with the
 * record's `region`, else `defaultRegion`. A number that is not valid is refused with the
 * normaliser's code (its message masks the number).
 * @example mapRecord({ type: 'phone', personId: 'P1', number: '138 0013 8000', source: 'application' }, 'CN')
 */
export function mapRecord(
  record: InterchangeRecord,
  defaultRegion?: string,
  normalise: PhoneNormaliser = normalisePhone,
): MappedRecord {
  const none: References = { persons: [], accounts: [] };
  switch (record.type) {
    case 'person':
      return mapPerson(record, defaultRegion, normalise);
    case 'account': {
      const { type: _type, ...fields } = record;
      return ok(
        [{ kind: 'account', row: { ...fields, status: record.status ?? 'open' } }],
        { persons: [], accounts: [record.id] },
        { persons: [record.debtorId], accounts: [] },
      );
    }
    case 'phone': {
      const result = normalise(record.number, record.region ?? defaultRegion);
      if (!result.ok) return phoneProblem('number', result);
      const owner =
        record.personId !== undefined
          ? { kind: 'person' as const, id: record.personId }
          : { kind: 'employer' as const, id: record.employerId as string };
      const row: PhoneLink = {
        owner,
        phone: {
          ...result.phone,
          status: record.status ?? 'unknown',
          ...(record.statusAt ? { statusAt: record.statusAt } : {}),
        },
        ...evidence(record),
      };
      return ok([{ kind: 'phoneLink', row }], none, {
        persons: record.personId !== undefined ? [record.personId] : [],
        accounts: [],
      });
    }
    case 'email': {
      const email = emailOf('email.address', record.address);
      if (!email.ok) return email;
      return ok(
        [
          {
            kind: 'emailLink',
            row: { personId: record.personId, address: email.address, ...evidence(record) },
          },
        ],
        none,
        { persons: [record.personId], accounts: [] },
      );
    }
    case 'address': {
      const rows: PortRow[] = [
        {
          kind: 'address',
          row: {
            id: record.id,
            line: record.line,
            city: record.city,
            region: record.region,
            country: record.country,
            postcode: record.postcode,
            timezone: record.timezone,
          },
        },
      ];
      if (record.personId !== undefined) {
        rows.push({
          kind: 'residence',
          row: {
            personId: record.personId,
            addressId: record.id,
            from: record.from,
            to: record.to,
            ...evidence(record),
          },
        });
      }
      return ok(rows, none, {
        persons: record.personId !== undefined ? [record.personId] : [],
        accounts: [],
      });
    }
    case 'employment':
      return ok(
        [
          { kind: 'employer', row: { id: record.employerId, name: record.employerName } },
          {
            kind: 'employment',
            row: {
              personId: record.personId,
              employerId: record.employerId,
              from: record.from,
              to: record.to,
              ...evidence(record),
            },
          },
        ],
        none,
        { persons: [record.personId], accounts: [] },
      );
    case 'relation':
      if (record.from === record.to) return recordProblem('relation', 'none', 'issue_same_person');
      return ok(
        [
          {
            kind: 'relation',
            row: { from: record.from, to: record.to, kind: record.kind, ...evidence(record) },
          },
        ],
        none,
        { persons: [record.from, record.to], accounts: [] },
      );
    case 'obligation':
      return ok(
        [
          {
            kind: 'obligation',
            row: {
              personId: record.personId,
              accountId: record.accountId,
              role: record.role,
              source: record.source ?? 'contract',
            },
          },
        ],
        none,
        { persons: [record.personId], accounts: [record.accountId] },
      );
    case 'attempt': {
      if (!isPeriodInOrder(record.at, record.outcomeAt))
        return {
          ok: false,
          code: 'outcome_before_attempt',
          message: `attempt: outcomeAt ${record.outcomeAt} is before the attempt was made (${record.at})`,
          params: { outcomeAt: record.outcomeAt ?? '', attemptAt: record.at },
        };
      const contact = attemptContact(
        record.channel,
        record.to,
        record.region ?? defaultRegion,
        normalise,
      );
      if (!contact.ok) return contact;
      const row: Attempt = {
        id: record.id,
        accountId: record.accountId,
        at: record.at,
        channel: record.channel,
        contact: contact.contact,
      };
      if (record.personId !== undefined) row.personId = record.personId;
      if (record.outcome !== undefined) row.outcome = record.outcome;
      if (record.outcomeAt !== undefined) row.outcomeAt = record.outcomeAt;
      return ok([{ kind: 'attempt', row }], none, {
        persons: record.personId !== undefined ? [record.personId] : [],
        accounts: [record.accountId],
      });
    }
    case 'payment': {
      const { type: _type, ...row } = record;
      return ok([{ kind: 'payment', row }], none, { persons: [], accounts: [record.accountId] });
    }
  }
}

function mapPerson(
  record: PersonRecord,
  defaultRegion: string | undefined,
  normalise: PhoneNormaliser,
): MappedRecord {
  const { attorney, ...flags } = record.flags ?? {};
  const row: Person = { id: record.id, name: record.name, flags: PersonFlags.parse(flags) };
  if (record.locale !== undefined) row.locale = record.locale;
  if (record.timezone !== undefined) row.timezone = record.timezone;
  if (attorney !== undefined) {
    // The attorney's number is dialled like any other: store it in E.164 or refuse it.
    const result = normalise(attorney.phone, record.region ?? defaultRegion);
    if (!result.ok) return phoneProblem('flags.attorney.phone', result);
    row.flags.attorney = { name: attorney.name, phone: result.phone.e164 };
  }
  return ok(
    [{ kind: 'person', row }],
    { persons: [record.id], accounts: [] },
    { persons: [], accounts: [] },
  );
}

/** The contact point an attempt went to: the channel says which kind `to` must be. */
function attemptContact(
  channel: Attempt['channel'],
  to: string,
  region: string | undefined,
  normalise: PhoneNormaliser,
): { ok: true; contact: ContactPoint } | Refused {
  const kind = contactKindOf(channel);
  if (kind === 'phone') {
    const result = normalise(to, region);
    if (!result.ok) return phoneProblem('to', result);
    return { ok: true, contact: { kind, value: result.phone.e164 } };
  }
  if (kind === 'email') {
    const email = emailOf('attempt.to', to);
    return email.ok ? { ok: true, contact: { kind, value: email.address } } : email;
  }
  // Address ids are the provider's own (often digits), so only an email's shape gives a mistake away.
  if (to.includes('@')) {
    return recordProblem('attempt', 'to', 'issue_address_id_for_channel', { channel });
  }
  return { ok: true, contact: { kind, value: to } };
}

/** The address in its canonical form, or the line's `email_invalid` problem naming the field and why. */
function emailOf(path: string, raw: string): { ok: true; address: string } | Refused {
  const email = canonicalEmail(raw);
  if (email.ok) return email;
  return {
    ok: false,
    code: 'email_invalid',
    message: `${path}: not an email address (${EMAIL_PROBLEM_WORDS[email.reason]})`,
    params: { path, reason: email.reason },
  };
}

/** The record's evidence fields, leaving out those it does not give. */
function evidence(record: {
  source: string;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
  confidence?: number | undefined;
}): Evidence {
  const e: Evidence = { source: record.source };
  if (record.firstSeen !== undefined) e.firstSeen = record.firstSeen;
  if (record.lastSeen !== undefined) e.lastSeen = record.lastSeen;
  if (record.confidence !== undefined) e.confidence = record.confidence;
  return e;
}

function ok(rows: PortRow[], defines: References, refers: References): MappedRecord {
  return { ok: true, rows, defines, refers };
}
