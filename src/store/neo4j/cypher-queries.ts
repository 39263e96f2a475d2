/**
 * Every Cypher file the Neo4j store runs (`cypher/<name>.cypher`) with the parameters its
 * caller passes. The store builds parameters through this map, so TypeScript refuses a missing
 * or an extra key at the call site, and the static check in `npm test` compares each list with
 * the `$parameters` the file really uses, both ways.
 */
export const QUERY_PARAMS = {
  'schema-constraint-person-id': [],
  'schema-constraint-account-id': [],
  'schema-constraint-phone-e164': [],
  'schema-constraint-email-address': [],
  'schema-constraint-address-id': [],
  'schema-constraint-employer-id': [],
  'schema-constraint-attempt-id': [],
  'schema-constraint-audit-id': [],
  'schema-constraint-receipt-key': [],
  'schema-constraint-dispatch-id': [],
  'schema-constraint-sequence-name': [],
  'schema-constraint-schema-version-name': [],
  'schema-index-attempt-account-at': [],
  'schema-index-attempt-person-at': [],
  'schema-index-attempt-contact-at': [],
  'schema-index-attempt-at': [],
  'schema-index-audit-at': [],
  'schema-index-audit-account-at': [],
  'schema-index-audit-debtor-at': [],
  'schema-index-dispatch-status': [],
  'schema-index-person-name': [],
  'schema-index-account-debtor': [],
  'schema-version': [],
  'record-schema-version': ['version'],

  'upsert-persons': ['rows'],
  'upsert-accounts': ['rows'],
  'upsert-employers': ['rows'],
  'upsert-addresses': ['rows'],
  'upsert-person-phone-links': ['rows'],
  'upsert-employer-phone-links': ['rows'],
  'upsert-email-links': ['rows'],
  'upsert-residences': ['rows'],
  'upsert-employments': ['rows'],
  'upsert-relations': ['rows'],
  'upsert-guarantees': ['rows'],
  'upsert-co-borrows': ['rows'],
  'record-attempts': ['rows'],

  'get-person': ['id'],
  'get-account': ['id'],
  'get-phone': ['e164'],
  'get-attempt': ['id'],
  'accounts-of': ['personId'],
  'find-persons-by-text': ['text', 'limit'],
  'find-persons-by-phone': ['e164', 'limit'],
  'neighbourhood-root': ['personId'],
  'neighbourhood-hop': ['frontier', 'limit'],
  'phone-holders': ['value'],
  'email-holders': ['value'],
  'address-holders': ['value'],
  'debtors-holding': ['contacts'],

  'attempts-by-account': [
    'accountId',
    'personId',
    'contactKind',
    'contactValue',
    'fromMs',
    'toMs',
    'limit',
  ],
  'attempts-by-person': [
    'accountId',
    'personId',
    'contactKind',
    'contactValue',
    'fromMs',
    'toMs',
    'limit',
  ],
  'attempts-by-contact': [
    'accountId',
    'personId',
    'contactKind',
    'contactValue',
    'fromMs',
    'toMs',
    'limit',
  ],
  'attempts-in-window': ['fromMs', 'toMs', 'limit'],
  'set-attempt-outcome': ['id', 'outcome', 'at', 'note'],
  'set-phone-status': ['e164', 'status', 'at'],
  'set-person-flags': ['id', 'patch'],
  'lock-account': ['id'],

  'append-audit': ['id', 'at', 'atMs', 'kind', 'accountId', 'debtorId', 'outcome', 'record'],
  'list-audit': ['accountId', 'debtorId', 'outcome', 'fromMs', 'toMs', 'limit'],
  'get-receipt': ['idempotencyKey'],
  'put-receipt': ['idempotencyKey', 'requestDigest', 'body', 'createdAt'],
  'enqueue-dispatch': ['dispatch'],
  'update-dispatch': ['id', 'status', 'tries', 'lastError', 'updatedAt'],
  'list-outbox': ['status', 'limit'],

  'count-nodes': [],
  'count-edges': [],
  ping: [],
} as const satisfies Record<string, readonly string[]>;

/** The name of a Cypher file the store runs. */
export type QueryName = keyof typeof QUERY_PARAMS;

/** The parameter object a query takes: exactly its declared keys. */
export type QueryParams<N extends QueryName> = { [K in (typeof QUERY_PARAMS)[N][number]]: unknown };
