import type { AccountRole, ContactPoint } from '../../domain/model/index.js';
import { nodeKey, parseNodeKey } from '../../domain/model/index.js';
import { byHolderOrder, contactValue, rolesOfEdgeTypes } from '../port-rules.js';
import type { Holder, SharedIdentifier } from '../roles/sharing-reads.js';
import { type PhoneRow, phoneFromRow } from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

/** The relationships that attach a holder to a contact point. */
const HOLDING_EDGES = `('HAS_PHONE', 'HAS_EMAIL', 'LIVED_AT', 'LOCATED_AT')`;

/** The node key a contact point is stored under (emails are kept lower-case). */
export function contactKey(contact: ContactPoint): string {
  return nodeKey(contact.kind, contactValue(contact));
}

interface Evidence {
  source: string;
  lastSeen: string | null;
}

/**
 * Who holds each contact point, with the phone node for phones: two statements for any number
 * of points (the holding relationships with each holder's name and account roles, then the
 * phones), each over a JSON list of keys. One holder per node: its most recently seen evidence
 * speaks for it. The answers come in the order of `contacts`.
 */
export async function readSharedIdentifiers(
  db: SqlExecutor,
  contacts: readonly ContactPoint[],
): Promise<SharedIdentifier[]> {
  if (contacts.length === 0) return [];
  const keys = [...new Set(contacts.map(contactKey))];
  // The holder's name and account roles come with each holding row (primary-key and index
  // look-ups), instead of two more statements over the holders found.
  const edges = await db.all<{
    point: string;
    from_key: string;
    source: string;
    last_seen: string | null;
    name: string | null;
    party: string;
  }>(
    `SELECT f.value AS point, e.from_key, e.source, e.last_seen,
        COALESCE(p.name, m.name) AS name,
        (SELECT json_group_array(DISTINCT o.type) FROM edges AS o WHERE o.from_key = e.from_key
          AND o.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS')) AS party
      FROM json_each(?) AS f
      JOIN edges AS e ON e.to_key = f.value
      LEFT JOIN persons AS p ON e.from_key LIKE 'person:%' AND p.id = substr(e.from_key, 8)
      LEFT JOIN employers AS m ON e.from_key LIKE 'employer:%' AND m.id = substr(e.from_key, 10)
      WHERE e.type IN ${HOLDING_EDGES}`,
    [JSON.stringify(keys)],
  );
  const best = new Map<string, Map<string, Evidence>>();
  const names = new Map<string, string>();
  const roles = new Map<string, AccountRole[]>();
  for (const e of edges) {
    if (e.name !== null) names.set(e.from_key, e.name);
    roles.set(e.from_key, rolesOfEdgeTypes(JSON.parse(e.party) as string[]));
    const byHolder = best.get(e.point) ?? new Map<string, Evidence>();
    best.set(e.point, byHolder);
    const prev = byHolder.get(e.from_key);
    if (
      prev === undefined ||
      (e.last_seen !== null && (prev.lastSeen === null || e.last_seen > prev.lastSeen))
    )
      byHolder.set(e.from_key, { source: e.source, lastSeen: e.last_seen });
  }
  const phoneIds = [...new Set(contacts.filter((c) => c.kind === 'phone').map((c) => c.value))];
  const phones = new Map<string, PhoneRow>();
  if (phoneIds.length > 0)
    for (const row of await db.all<PhoneRow>(
      'SELECT * FROM phones WHERE e164 IN (SELECT value FROM json_each(?))',
      [JSON.stringify(phoneIds)],
    ))
      phones.set(row.e164, row);

  return contacts.map((contact) => {
    const holders: Holder[] = [];
    for (const [holderKey, evidence] of best.get(contactKey(contact)) ?? []) {
      const name = names.get(holderKey);
      // A holder whose node is not stored yet (an import under way) is left out.
      if (name === undefined) continue;
      const holder: Holder = {
        kind: holderKey.startsWith('person:') ? 'person' : 'employer',
        id: parseNodeKey(holderKey).id,
        name,
        isDebtor: (roles.get(holderKey) ?? []).length > 0,
        accountRoles: roles.get(holderKey) ?? [],
        source: evidence.source,
      };
      if (evidence.lastSeen !== null) holder.lastSeen = evidence.lastSeen;
      holders.push(holder);
    }
    holders.sort(byHolderOrder);
    const result: SharedIdentifier = {
      contact: { kind: contact.kind, value: contactValue(contact) },
      holders,
    };
    const phone = contact.kind === 'phone' ? phones.get(contact.value) : undefined;
    if (phone !== undefined) result.phone = phoneFromRow(phone);
    return result;
  });
}
