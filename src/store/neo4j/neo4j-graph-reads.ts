import type {
  Account,
  AccountRole,
  ContactPoint,
  EdgeType,
  GraphEdge,
  GraphNode,
  Person,
  Phone,
  Subgraph,
} from '../../domain/model/index.js';
import {
  byHolderOrder,
  clampLimit,
  contactValue,
  DEFAULT_FIND_LIMIT,
  EDGE_TYPES,
  neighbourhoodCaps,
  ROLE_OF_EDGE,
  rolesOfEdgeTypes,
} from '../port-rules.js';
import type { GraphCounts, GraphReads, Holder, SharedIdentifier } from '../roles/graph-reads.js';
import type { PersonFacts } from '../roles/guard-reads.js';
import type { CypherRecord } from './cypher-runner.js';
import { knowsFromRecords, personFactsFromRecord } from './neo4j-person-facts.js';
import {
  accountFromProps,
  edgePropsFromProps,
  graphNodeFromProps,
  type Props,
  personFromProps,
  phoneFromProps,
} from './neo4j-rows.js';
import { type Neo4jSession, propsOf } from './neo4j-session.js';

const HOLDERS_QUERY: Record<
  ContactPoint['kind'],
  'phone-holders' | 'email-holders' | 'address-holders'
> = {
  phone: 'phone-holders',
  email: 'email-holders',
  address: 'address-holders',
};

/** One relationship of a neighbourhood hop, as neighbourhood-hop.cypher returns it. */
interface HopEdge {
  type: string;
  props: Props;
  node: { ref: string; labels: string[]; props: Props };
}

/** The edge identity the port promises: one edge per (type, from, to, source). */
function edgeId(edge: GraphEdge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}\u0000${edge.props.source}`;
}

/** Reads of the graph in Neo4j, each in one read transaction (or the caller's). */
export class Neo4jGraphReads implements GraphReads {
  constructor(private readonly s: Neo4jSession) {}

  async getPerson(id: string): Promise<Person | undefined> {
    const rows = await this.s.readOne('get-person', { id });
    const props = propsOf(rows[0], 'person');
    return props && personFromProps(props);
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const rows = await this.s.readOne('get-account', { id });
    const props = propsOf(rows[0], 'account');
    return props && accountFromProps(props);
  }

  async getPhone(e164: string): Promise<Phone | undefined> {
    const rows = await this.s.readOne('get-phone', { e164 });
    const props = propsOf(rows[0], 'phone');
    return props && phoneFromProps(props);
  }

  async accountsOf(personId: string): Promise<{ account: Account; role: AccountRole }[]> {
    const rows = await this.s.readOne('accounts-of', { personId });
    const result: { account: Account; role: AccountRole }[] = [];
    for (const row of rows) {
      const props = propsOf(row, 'account');
      const account = props && accountFromProps(props);
      const role = ROLE_OF_EDGE[String(row.relation)];
      if (account !== undefined && role !== undefined) result.push({ account, role });
    }
    return result;
  }

  /** Each person's account roles, as accountsOf gives them: one statement for all (account-roles-of.cypher). */
  async accountRolesOf(personIds: string[]): Promise<AccountRole[][]> {
    if (personIds.length === 0) return [];
    const rows = await this.s.readOne('account-roles-of', { personIds: [...new Set(personIds)] });
    const relations = new Map<string, string[]>();
    for (const row of rows)
      relations.set(String(row.personId), ((row.relations as string[] | null) ?? []).map(String));
    return personIds.map((id) => rolesOfEdgeTypes(relations.get(id) ?? []));
  }

  async findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]> {
    const limit = clampLimit(query.limit, DEFAULT_FIND_LIMIT);
    const text = query.text?.trim() ?? '';
    const phone = query.phone ?? '';
    const found = new Map<string, Person>();
    await this.s.read(async (tx) => {
      const rows: CypherRecord[] = [];
      if (text !== '')
        rows.push(...(await this.s.run(tx, 'find-persons-by-text', { text, limit })));
      if (phone !== '')
        rows.push(...(await this.s.run(tx, 'find-persons-by-phone', { e164: phone, limit })));
      for (const row of rows) {
        const props = propsOf(row, 'person');
        const person = props && personFromProps(props);
        if (person !== undefined && !found.has(person.id)) found.set(person.id, person);
      }
    });
    return [...found.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  /**
   * Breadth-first from the person, both directions, up to `depth` hops: one statement per hop for
   * the whole frontier, all in one read transaction. Each node gives at most `fanOutCap`
   * relationships per direction (the start person `rootFanOutCap`), most recently seen first;
   * nodes that had more are listed in `truncated`.
   */
  async neighbourhood(personId: string, depth: number): Promise<Subgraph> {
    const { fanOutCap, rootCap } = neighbourhoodCaps(depth, this.s.options);
    return this.s.read(async (tx) => {
      const [root] = await this.s.run(tx, 'neighbourhood-root', { personId });
      const rootNode =
        root && graphNodeFromProps((root.labels as string[]) ?? [], propsOf(root, 'props') ?? {});
      if (root === undefined || rootNode === undefined) return { nodes: [], edges: [] };

      const nodes = new Map<string, GraphNode>([[rootNode.key, rootNode]]);
      const keyOfRef = new Map<string, string>([[String(root.ref), rootNode.key]]);
      const edges = new Map<string, GraphEdge>();
      const truncated = new Set<string>();
      let frontier = [String(root.ref)];
      for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
        const cap = hop === 0 ? rootCap : fanOutCap;
        const rows = await this.s.run(tx, 'neighbourhood-hop', { frontier, limit: cap + 1 });
        const next: string[] = [];
        for (const row of rows) {
          const hereKey = keyOfRef.get(String(row.ref));
          if (hereKey === undefined) continue;
          for (const direction of ['outgoing', 'incoming'] as const) {
            const list = (row[direction] as HopEdge[] | null) ?? [];
            if (list.length > cap) truncated.add(hereKey);
            for (const item of list.slice(0, cap)) {
              let thereKey = keyOfRef.get(item.node.ref);
              if (thereKey === undefined) {
                const node = graphNodeFromProps(item.node.labels, item.node.props);
                if (node === undefined) continue; // the far end is not stored yet
                thereKey = node.key;
                keyOfRef.set(item.node.ref, thereKey);
                if (!nodes.has(thereKey)) {
                  nodes.set(thereKey, node);
                  next.push(item.node.ref);
                }
              }
              const edge: GraphEdge = {
                type: item.type as EdgeType,
                from: direction === 'outgoing' ? hereKey : thereKey,
                to: direction === 'outgoing' ? thereKey : hereKey,
                props: edgePropsFromProps(item.props),
              };
              edges.set(edgeId(edge), edge);
            }
          }
        }
        frontier = next;
      }
      const subgraph: Subgraph = { nodes: [...nodes.values()], edges: [...edges.values()] };
      if (truncated.size > 0) subgraph.truncated = [...truncated];
      return subgraph;
    });
  }

  /** The person's guard facts in one statement (person-facts.cypher). */
  async personFacts(personId: string): Promise<PersonFacts | undefined> {
    const rows = await this.s.readOne('person-facts', { personId });
    return personFactsFromRecord(rows[0]);
  }

  async knowsBetween(personId: string, otherId: string): Promise<GraphEdge[]> {
    const rows = await this.s.readOne('knows-between', { personId, otherId });
    return knowsFromRecords(rows, personId, otherId);
  }

  async sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier> {
    const value = contactValue(contact);
    // Two implicit reads at once (Neo4j reads committed data either way, in one transaction or not).
    const [rows, phoneRows] = await Promise.all([
      this.s.readOne(HOLDERS_QUERY[contact.kind], { value }),
      contact.kind === 'phone' ? this.s.readOne('get-phone', { e164: contact.value }) : undefined,
    ]);
    // One holder per node: the most recently seen evidence speaks for it.
    const best = new Map<string, Holder>();
    for (const row of rows) {
      const accountRoles = rolesOfEdgeTypes(
        ((row.obligations as string[] | null) ?? []).map(String),
      );
      const holder: Holder = {
        kind: row.kind === 'employer' ? 'employer' : 'person',
        id: String(row.id),
        name: String(row.name),
        isDebtor: accountRoles.length > 0,
        accountRoles,
        source: String(row.source),
      };
      if (typeof row.lastSeen === 'string') holder.lastSeen = row.lastSeen;
      const key = `${holder.kind}:${holder.id}`;
      const previous = best.get(key);
      if (
        previous === undefined ||
        (holder.lastSeen !== undefined &&
          (previous.lastSeen === undefined || holder.lastSeen > previous.lastSeen))
      ) {
        best.set(key, holder);
      }
    }
    const holders = [...best.values()].sort(byHolderOrder);
    const result: SharedIdentifier = { contact: { kind: contact.kind, value }, holders };
    if (phoneRows !== undefined) {
      const props = propsOf(phoneRows[0], 'phone');
      const phone = props && phoneFromProps(props);
      if (phone !== undefined) result.phone = phone;
    }
    return result;
  }

  /**
   * Who holds each contact point, as sharedIdentifiers answers it: the points' reads run at once
   * (the driver pipelines them), each through the same queries as one point's.
   */
  async sharedIdentifiersOf(contacts: ContactPoint[]): Promise<SharedIdentifier[]> {
    return Promise.all(contacts.map((c) => this.sharedIdentifiers(c)));
  }

  /**
   * Each person's 1-hop neighbourhood, as neighbourhood(id, 1) answers it; the walks run at once.
   * Known nodes save nothing here (a hop's statement returns its nodes' properties anyway).
   */
  async neighbourhoodsOf(personIds: string[], _known?: Subgraph): Promise<Subgraph[]> {
    return Promise.all(personIds.map((id) => this.neighbourhood(id, 1)));
  }

  /** For each contact point, the sorted ids of the persons holding it who owe, guarantee or co-borrow; one statement for all. */
  async debtorsHolding(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]> {
    if (contacts.length === 0) return [];
    const points = contacts.map((c) => ({ kind: c.kind, value: contactValue(c) }));
    const rows = await this.s.readOne('debtors-holding', { contacts: points });
    const byPoint = new Map<string, string[]>();
    for (const row of rows)
      byPoint.set(
        `${String(row.kind)}:${String(row.value)}`,
        ((row.debtorIds as string[] | null) ?? []).map(String),
      );
    return contacts.map((contact, i) => {
      const point = points[i] ?? contact;
      return {
        contact,
        debtorIds: [...(byPoint.get(`${point.kind}:${point.value}`) ?? [])].sort(),
      };
    });
  }

  /** Who owes an account and can reach the phone, in one statement walking its routes backwards. */
  async debtorsReachingPhone(e164: string, limit: number): Promise<string[]> {
    const rows = await this.s.readOne('debtors-reaching-phone', {
      e164,
      limit: Math.max(0, Math.floor(limit)),
    });
    return rows.map((row) => String(row.id)).sort();
  }

  async counts(): Promise<GraphCounts> {
    return this.s.read(async (tx) => {
      const [nodeRow] = await this.s.run(tx, 'count-nodes', {});
      const nodes: Record<string, number> = {};
      for (const [kind, n] of Object.entries(nodeRow ?? {})) nodes[kind] = Number(n);
      const edges: Record<string, number> = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0]));
      for (const row of await this.s.run(tx, 'count-edges', {}))
        edges[String(row.type)] = Number(row.n);
      return { nodes, edges };
    });
  }
}
