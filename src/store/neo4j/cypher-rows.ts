import type { QueryName } from './cypher-queries.js';

const EVIDENCE = ['source', 'firstSeen', 'lastSeen', 'confidence'] as const;
const PHONE_LINK = [
  'ownerId',
  'e164',
  'type',
  'country',
  'status',
  'statusAt',
  ...EVIDENCE,
] as const;
const OBLIGATION = ['personId', 'accountId', 'source'] as const;

/**
 * The keys of each row of the `$rows` list an UNWIND statement reads (`row.x`). Checked both ways,
 * like top-level parameters: the static check compares each list with the `row.` fields its file
 * uses, and the session refuses a batch whose rows carry other keys than these (a key the file
 * never reads would be dropped silently; one it reads but is not sent would be null).
 */
export const ROW_FIELDS = {
  'upsert-persons': [
    'id',
    'name',
    'locale',
    'timezone',
    'ceaseContact',
    'disputed',
    'deceased',
    'bankrupt',
    'employerForbidsContact',
    'optOut',
    'consent',
    'attorneyName',
    'attorneyPhone',
  ],
  'upsert-accounts': [
    'id',
    'debtorId',
    'product',
    'currency',
    'principal',
    'balance',
    'dueDate',
    'jurisdiction',
    'status',
  ],
  'upsert-employers': ['id', 'name'],
  'upsert-addresses': ['id', 'line', 'city', 'region', 'country', 'postcode', 'timezone'],
  'upsert-person-phone-links': PHONE_LINK,
  'upsert-employer-phone-links': PHONE_LINK,
  'upsert-email-links': ['personId', 'address', ...EVIDENCE],
  'upsert-residences': ['personId', 'addressId', ...EVIDENCE, 'validFrom', 'validTo'],
  'upsert-employments': ['personId', 'employerId', ...EVIDENCE, 'validFrom', 'validTo'],
  'upsert-relations': ['from', 'to', 'kind', ...EVIDENCE],
  'upsert-guarantees': OBLIGATION,
  'upsert-co-borrows': OBLIGATION,
  // Stored whole (`t += row`), so every key is a property of the Attempt node.
  'record-attempts': [
    'id',
    'accountId',
    'at',
    'atMs',
    'channel',
    'contactKind',
    'contactValue',
    'personId',
    'outcome',
    'outcomeAt',
    'note',
    'decisionId',
    'messageDigest',
    'direction',
  ],
} as const satisfies Partial<Record<QueryName, readonly string[]>>;

/** A statement that reads `$rows`. */
export type RowsQuery = keyof typeof ROW_FIELDS;

/** One row of a `$rows` statement: exactly its declared keys. */
export type RowOf<N extends RowsQuery> = { [K in (typeof ROW_FIELDS)[N][number]]: unknown };

/**
 * The problem with a row's keys against its statement's declaration, or undefined when they agree.
 * @example rowKeysProblem('upsert-employers', { id: 'E1', name: 'Acme', extra: 1 }) // 'upsert-employers: row key "extra" is not declared'
 */
export function rowKeysProblem(name: RowsQuery, row: object): string | undefined {
  const declared: readonly string[] = ROW_FIELDS[name];
  const keys = Object.keys(row);
  const extra = keys.filter((k) => !declared.includes(k));
  if (extra.length > 0) return `${name}: row key "${extra[0]}" is not declared`;
  const missing = declared.filter((k) => !keys.includes(k));
  if (missing.length > 0) return `${name}: row key "${missing[0]}" is missing`;
  return undefined;
}
