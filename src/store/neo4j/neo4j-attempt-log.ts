import type { Attempt, Outcome } from '../../domain/model/index.js';
import { clampLimit, contactValue, epochMs, MAX_LIST_LIMIT } from '../port-rules.js';
import type { AttemptFilter, AttemptLog, GuardHistoryScope } from '../roles/attempt-log.js';
import { attemptFromProps } from './neo4j-rows.js';
import { EARLIEST_MS, LATEST_MS, type Neo4jSession, NO_LIMIT, propsOf } from './neo4j-session.js';

/** Contact attempts in Neo4j, and the account lock that serialises the transactions that count them. */
export class Neo4jAttemptLog implements AttemptLog {
  constructor(private readonly s: Neo4jSession) {}

  async recordAttempts(rows: Attempt[]): Promise<void> {
    await this.s.upsertBatches(
      'record-attempts',
      rows.map((a) => ({
        id: a.id,
        accountId: a.accountId,
        at: a.at,
        atMs: epochMs(a.at, 'attempt time'),
        channel: a.channel,
        contactKind: a.contact.kind,
        contactValue: contactValue(a.contact),
        personId: a.personId ?? null,
        outcome: a.outcome ?? null,
        outcomeAt: a.outcomeAt ?? null,
        note: a.note ?? null,
        decisionId: a.decisionId ?? null,
        messageDigest: a.messageDigest ?? null,
        direction: a.direction === 'inbound' ? 'inbound' : null,
      })),
    );
  }

  async getAttempt(id: string): Promise<Attempt | undefined> {
    const rows = await this.s.readOne('get-attempt', { id });
    const props = propsOf(rows[0], 'attempt');
    return props && attemptFromProps(props);
  }

  /** Attempts matching the filter in time order; the most selective index answers (account, person, contact point, time). */
  async listAttempts(filter: AttemptFilter): Promise<Attempt[]> {
    const params = {
      accountId: filter.accountId ?? null,
      personId: filter.personId ?? null,
      contactKind: filter.contact?.kind ?? null,
      contactValue: filter.contact === undefined ? null : contactValue(filter.contact),
      fromMs: filter.from === undefined ? EARLIEST_MS : epochMs(filter.from, 'window start'),
      toMs: filter.to === undefined ? LATEST_MS : epochMs(filter.to, 'window end'),
      limit: filter.limit === undefined ? NO_LIMIT : clampLimit(filter.limit, MAX_LIST_LIMIT),
    };
    const rows =
      filter.accountId !== undefined
        ? await this.s.readOne('attempts-by-account', params)
        : filter.personId !== undefined
          ? await this.s.readOne('attempts-by-person', params)
          : filter.contact !== undefined
            ? await this.s.readOne('attempts-by-contact', params)
            : await this.s.readOne('attempts-in-window', {
                fromMs: params.fromMs,
                toMs: params.toMs,
                limit: params.limit,
              });
    return rows.map((row) => attemptFromProps(propsOf(row, 'attempt') ?? {}));
  }

  /** The guard's history in one statement (guard-history.cypher: a UNION of index look-ups). */
  async guardHistory(scope: GuardHistoryScope): Promise<Attempt[]> {
    const rows = await this.s.readOne('guard-history', {
      accountId: scope.accountId,
      contactKind: scope.contact.kind,
      contactValue: contactValue(scope.contact),
      personId: scope.personId ?? null,
      otherAccountIds: [...scope.otherAccountIds],
      fromMs: epochMs(scope.from, 'window start'),
      toMs: epochMs(scope.to, 'window end'),
    });
    return rows.map((row) => attemptFromProps(propsOf(row, 'attempt') ?? {}));
  }

  /** Sets the outcome and, when given, the collector's note (a missing note keeps the stored one). */
  async setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined> {
    const rows = await this.s.write((tx) =>
      this.s.run(tx, 'set-attempt-outcome', { id, outcome, at, note: note ?? null }),
    );
    const props = propsOf(rows[0], 'attempt');
    return props && attemptFromProps(props);
  }

  /**
   * Writes one ScopeLock node per key, which takes its write lock until the transaction ends: a
   * rival transaction locking any of the same keys waits, then sees everything this one
   * committed. Keys are deduplicated and sorted, so every sender takes them in one order.
   * Meaningful inside `transaction()`.
   */
  async lockScopes(keys: readonly string[]): Promise<void> {
    const sorted = [...new Set(keys)].sort();
    if (sorted.length === 0) return;
    await this.s.write((tx) => this.s.run(tx, 'lock-scopes', { keys: sorted }));
  }
}
