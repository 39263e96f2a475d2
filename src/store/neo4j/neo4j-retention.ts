import { PURGE_ACCOUNT } from '../../domain/model/index.js';
import type { AccountActivity } from '../../domain/retention/retention-period.js';
import type { RecordCounts, Retention } from '../roles/retention.js';
import { addressFromProps } from './neo4j-rows.js';
import type { Neo4jSession } from './neo4j-session.js';

type Props = Record<string, unknown>;

function msOf(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function activityOf(row: Props): AccountActivity {
  const activity: AccountActivity = {
    accountId: String(row.id),
    debtorId: String(row.debtorId),
    jurisdiction: String(row.jurisdiction),
  };
  const times = [msOf(row.attemptMs), msOf(row.auditMs)].filter(
    (t): t is number => t !== undefined,
  );
  if (times.length > 0) activity.lastActivityAt = new Date(Math.max(...times)).toISOString();
  const props = row.address;
  const address =
    props !== null && typeof props === 'object' ? addressFromProps(props as Props) : undefined;
  if (address) activity.debtorAddress = address;
  return activity;
}

/** Retention in Neo4j: activity read per page; purged audit records become chain tombstones. */
export class Neo4jRetention implements Retention {
  constructor(private readonly s: Neo4jSession) {}

  async accountActivity(
    afterAccountId: string | undefined,
    limit: number,
  ): Promise<AccountActivity[]> {
    const rows = await this.s.read((tx) =>
      this.s.run(tx, 'retention-account-activity', { after: afterAccountId ?? '', limit }),
    );
    return rows.map((row) => activityOf(row as Props));
  }

  async countRecords(accountIds: readonly string[]): Promise<RecordCounts> {
    if (accountIds.length === 0) return { attempts: 0, audit: 0, outbox: 0 };
    const [row] = await this.s.read((tx) =>
      this.s.run(tx, 'retention-count-records', {
        accountIds: [...accountIds],
        purgeAccount: PURGE_ACCOUNT,
      }),
    );
    return {
      attempts: Number(row?.attempts ?? 0),
      audit: Number(row?.audit ?? 0),
      outbox: Number(row?.outbox ?? 0),
    };
  }

  async purgeRecords(accountIds: readonly string[], purgeId: string): Promise<RecordCounts> {
    if (accountIds.length === 0) return { attempts: 0, audit: 0, outbox: 0 };
    const ids = [...accountIds];
    return this.s.write(async (tx) => {
      const [removed] = await this.s.run(tx, 'retention-purge-attempts', { accountIds: ids });
      const [audit] = await this.s.run(tx, 'retention-purge-audit', {
        accountIds: ids,
        purgeAccount: PURGE_ACCOUNT,
        purgeId,
      });
      return {
        attempts: Number(removed?.attempts ?? 0),
        audit: Number(audit?.audit ?? 0),
        outbox: Number(removed?.outbox ?? 0),
      };
    });
  }
}
