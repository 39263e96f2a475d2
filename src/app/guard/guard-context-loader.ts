import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { applicablePolicies, contextJurisdictions } from '../../domain/guard/decide.js';
import type { GuardContext, GuardRequest } from '../../domain/guard/guard-context.js';
import { lostFactsOf } from '../../domain/lost/own-routes.js';
import {
  type Account,
  type Address,
  type Attempt,
  accountRoleList,
  type ContactPoint,
  type GraphEdge,
  nodeKey,
  type Subgraph,
} from '../../domain/model/index.js';
import type { CompiledPolicy } from '../../domain/policy/compile-policy.js';
import type { RecipientRelation } from '../../domain/policy/policy-schema.js';
import type {
  AttemptLog,
  GraphReads,
  GuardHistoryScope,
  Holder,
  PersonFacts,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { lostTestAttempts } from './lost-test-attempts.js';

const CONSUMER_FIRST: readonly string[] = [
  'executor',
  'attorney',
  'spouse',
  'parent',
  'child',
  'sibling',
  'relative',
];

/** What the loader needs beyond the request: when, and the policies whose rules set how far back it looks. */
export interface LoadOptions {
  at: Date;
  /** The policies in force; only those covering the account's jurisdiction set the look-back. */
  policies: readonly CompiledPolicy[];
  /** Attempts with these ids are left out of the history (re-deciding a recorded attempt must not count itself). */
  excludeAttemptIds?: ReadonlySet<string>;
}

/** The longest finite look-back of the policies' rules (windows, cool-downs), ms. */
export function finiteLookbackMs(policies: readonly CompiledPolicy[]): number {
  let max = 0;
  for (const p of policies)
    for (const r of p.rules)
      if (Number.isFinite(r.lookbackMs) && r.lookbackMs > max) max = r.lookbackMs;
  return max;
}

/** Current address: an open-ended LIVED_AT edge from the person, the latest by `from`/`lastSeen`. */
function currentAddressOf(personId: string, hood: Subgraph): Address | undefined {
  const key = nodeKey('person', personId);
  const open = hood.edges
    .filter((e) => e.type === 'LIVED_AT' && e.from === key && !e.props.to)
    .sort((a, b) =>
      (b.props.from ?? b.props.lastSeen ?? '').localeCompare(
        a.props.from ?? a.props.lastSeen ?? '',
      ),
    );
  for (const edge of open) {
    const node = hood.nodes.find((n) => n.key === edge.to);
    if (node?.kind === 'address') return node.data;
  }
  return undefined;
}

function addressIn(hood: Subgraph, id: string): Address | undefined {
  const node = hood.nodes.find((n) => n.key === nodeKey('address', id));
  return node?.kind === 'address' ? node.data : undefined;
}

/** Every way a person stands to the debtor on this account: self, co-obligor role, KNOWS kinds. */
function relationsOf(
  person: PersonFacts,
  debtor: PersonFacts,
  account: Account,
  knows: readonly GraphEdge[],
): RecipientRelation[] {
  if (person.person.id === debtor.person.id) return ['self'];
  const relations = new Set<RecipientRelation>();
  for (const { account: a, role } of person.accounts) {
    if (a.id === account.id && role !== 'debtor') relations.add(role);
  }
  for (const e of knows) {
    if (e.props.kind !== undefined) relations.add(e.props.kind as RecipientRelation);
  }
  if (relations.size === 0) return ['unknown'];
  return [...relations].sort((a, b) => rank(a) - rank(b));
}

/** Where the evidence linking a person to the debtor came from (every KNOWS edge between them). */
function relationSourcesOf(knows: readonly GraphEdge[]): string[] {
  const sources = new Set<string>();
  for (const e of knows) if (typeof e.props.source === 'string') sources.add(e.props.source);
  return [...sources];
}

function rank(relation: string): number {
  const i = CONSUMER_FIRST.indexOf(relation);
  return i === -1 ? CONSUMER_FIRST.length : i;
}

/**
 * Who the contact point reaches, per the graph. The named recipient counts when the graph says they
 * hold the contact point; otherwise the holders decide, and a point shared with anyone other than the
 * debtor counts as that other person's (whoever answers may be them). A point the graph does not
 * know reaches an unknown third party; one only an employer holds reaches the workplace.
 */
function pickHolder(
  holders: readonly Holder[],
  named: string | undefined,
  debtorId: string,
): Holder | undefined {
  const persons = personHolders(holders);
  if (named !== undefined) {
    const match = persons.find((h) => h.id === named);
    if (match) return match;
  }
  return persons.find((h) => h.id !== debtorId) ?? persons.find((h) => h.id === debtorId);
}

function personHolders(holders: readonly Holder[]): Holder[] {
  return holders.filter((h) => h.kind === 'person');
}

/** A named recipient must be a person the graph holds: an attempt to nobody would lose its outcome. */
async function mustExist(store: GraphReads, personId: string): Promise<void> {
  if (!(await store.getPerson(personId)))
    throw new AppError(
      'not_found',
      'recipient_not_found',
      `no person with id ${personId} (recipientPersonId)`,
      { params: { id: personId } },
    );
}

/** The person's own phones and emails, from HAS_PHONE / HAS_EMAIL edges. */
function ownContacts(personId: string, hood: Subgraph): ContactPoint[] {
  const key = nodeKey('person', personId);
  const points: ContactPoint[] = [];
  for (const e of hood.edges) {
    if (e.from !== key) continue;
    if (e.type === 'HAS_PHONE') points.push({ kind: 'phone', value: e.to.slice('phone:'.length) });
    else if (e.type === 'HAS_EMAIL')
      points.push({ kind: 'email', value: e.to.slice('email:'.length) });
  }
  return points;
}

/** True when the person currently works at one of the employers holding the contact point. */
function worksAtHolder(personId: string, holders: readonly Holder[], hood: Subgraph): boolean {
  const employers = new Set(
    holders.filter((h) => h.kind === 'employer').map((h) => nodeKey('employer', h.id)),
  );
  return hood.edges.some(
    (e) =>
      e.type === 'WORKS_AT' &&
      e.from === nodeKey('person', personId) &&
      !e.props.to &&
      employers.has(e.to),
  );
}

/** The attempts the rules count, in one read: the look-back is the applicable policies' longest. */
async function historyOf(
  store: AttemptLog,
  request: GuardRequest,
  account: Account,
  jurisdictions: readonly string[],
  debtorAccounts: readonly { account: Account }[],
  recipientId: string | undefined,
  options: LoadOptions,
): Promise<Attempt[]> {
  const lookback = finiteLookbackMs(applicablePolicies(options.policies, jurisdictions));
  const others = new Set<string>();
  for (const { account: other } of debtorAccounts)
    if (other.id !== account.id) others.add(other.id);
  const scope: GuardHistoryScope = {
    // The whole account: third-party limits count every earlier contact with a person on it.
    accountId: account.id,
    contact: request.contact,
    otherAccountIds: [...others],
    from: new Date(options.at.getTime() - lookback).toISOString(),
    to: new Date(options.at.getTime() + 1).toISOString(),
  };
  if (recipientId !== undefined) scope.personId = recipientId;
  const history = await store.guardHistory(scope);
  const excluded = options.excludeAttemptIds;
  return excluded === undefined || excluded.size === 0
    ? history
    : history.filter((a) => !excluded.has(a.id));
}

/**
 * Loads everything `decide` needs for one request from the store (through a transaction's store when
 * given one, so the history cannot change before the new attempt is recorded).
 * @throws AppError not_found (account_not_found, debtor_not_found); store errors propagate unchanged
 *         (StoreUnavailableError), so nothing is ever allowed on a partial read.
 * @example const context = await loadGuardContext(tx, request, { at, policies })
 */
export async function loadGuardContext(
  store: GraphReads & AttemptLog,
  request: GuardRequest,
  options: LoadOptions,
): Promise<GuardContext> {
  const account = await store.getAccount(request.accountId);
  if (!account)
    throw new AppError(
      'not_found',
      'account_not_found',
      `no account with id ${request.accountId}`,
      {
        params: { path: 'none', id: request.accountId },
      },
    );
  const [shared, debtorFacts] = await Promise.all([
    store.sharedIdentifiers(request.contact),
    store.personFacts(account.debtorId),
  ]);
  if (!debtorFacts)
    throw new AppError(
      'not_found',
      'debtor_not_found',
      `account ${account.id} names a debtor the graph does not hold`,
      { params: { id: account.debtorId, account: account.id } },
    );
  const debtor = debtorFacts.person;
  const debtorHood = debtorFacts.own;
  const debtorAccounts = debtorFacts.accounts;
  const workplace = shared.holders.some((h) => h.kind === 'employer');
  const named = request.recipientPersonId;
  let holder = pickHolder(shared.holders, named, debtor.id);
  if (named !== undefined && holder?.id !== named && named !== debtor.id)
    await mustExist(store, named);
  if (
    !holder &&
    workplace &&
    request.recipientPersonId === debtor.id &&
    worksAtHolder(debtor.id, shared.holders, debtorHood)
  ) {
    // The debtor asked for at their own workplace: the debtor is the recipient, at work.
    holder = {
      kind: 'person',
      id: debtor.id,
      name: debtor.name,
      isDebtor: true,
      accountRoles: accountRoleList(debtorAccounts.map((a) => a.role)),
      source: 'employment',
    };
  }

  const recipient: GuardContext['recipient'] = { relations: ['unknown'] };
  if (holder && (holder.id === named || personHolders(shared.holders).length === 1))
    recipient.sole = true;
  let recipientHood: Subgraph | undefined;
  if (holder) {
    const self = holder.id === debtor.id;
    const [facts, knows] = self
      ? [debtorFacts, []]
      : await Promise.all([store.personFacts(holder.id), store.knowsBetween(debtor.id, holder.id)]);
    if (facts) {
      const person = facts.person;
      recipient.person = person;
      recipient.relations = relationsOf(facts, debtorFacts, account, knows);
      if (!self) {
        recipient.relationSources = relationSourcesOf(knows);
        recipient.contactSources = shared.holders
          .filter((h) => h.kind === 'person' && h.id === person.id)
          .map((h) => h.source);
      }
      recipientHood = facts.own;
      const address = currentAddressOf(person.id, recipientHood);
      if (address) recipient.currentAddress = address;
    }
  } else if (workplace) {
    recipient.relations = ['employer'];
  }

  const contact: GuardContext['contact'] = { point: request.contact, workplace };
  if (request.contact.kind === 'phone') {
    const e164 = request.contact.value;
    const country = shared.phone?.country ?? parsePhoneNumberFromString(e164)?.country;
    contact.phone = country ? { e164, country } : { e164 };
    if (shared.phone?.type) contact.phone.type = shared.phone.type;
  } else if (request.contact.kind === 'address') {
    const address =
      (recipientHood && addressIn(recipientHood, request.contact.value)) ??
      addressIn(debtorHood, request.contact.value);
    if (address) contact.address = address;
  }

  const debtorAddress = currentAddressOf(debtor.id, debtorHood);
  const jurisdictions = contextJurisdictions({ account, debtorAddress });
  const history = await historyOf(
    store,
    request,
    account,
    jurisdictions,
    debtorAccounts,
    recipient.person?.id,
    options,
  );
  const owedIds = debtorAccounts.filter((a) => a.role === 'debtor').map((a) => a.account.id);
  const others = owedIds.filter((id) => id !== account.id);
  const lostAttempts = await lostTestAttempts(
    store,
    history,
    others,
    options.at,
    options.excludeAttemptIds,
  );
  const context: GuardContext = {
    account,
    debtor,
    debtorAccountIds: owedIds,
    debtorContacts: ownContacts(debtor.id, debtorHood),
    recipient,
    contact,
    history,
    debtorLost: lostFactsOf(
      debtorHood,
      debtor.id,
      [account.id, ...others],
      lostAttempts,
      options.at,
    ),
  };
  if (debtorAddress) context.debtorAddress = debtorAddress;
  return context;
}
