import { csvText } from '../../domain/audit/csv.js';
import type { AuditRecord } from '../../domain/model/index.js';
import type { Lang } from '../../messages/language.js';
import { type MessageParams, renderMessage } from '../../messages/render-message.js';
import type { AuditLog } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** The most records one export holds; a longer period is refused, never cut short silently. */
export const MAX_EXPORT_RECORDS = 10_000;

/** Which records to export: a period, and optionally only allows or denials. */
export interface AuditExportQuery {
  from: string;
  to: string;
  outcome?: 'allow' | 'deny';
  /** The language the rules' reasons are written in. */
  lang: Lang;
  /** The zone times inside the reasons are shown in. */
  zone: string;
}

const HEADER = [
  'at',
  'kind',
  'outcome',
  'account_id',
  'debtor_id',
  'channel',
  'contact',
  'recipient_person_id',
  'attempt_id',
  'rules',
  'reasons',
  'policy_version',
  'actor',
  'request_id',
  'record_id',
];

function row(r: AuditRecord, q: AuditExportQuery): (string | number | undefined)[] {
  const reasons = r.rules.map((v) =>
    v.code !== undefined && v.params !== undefined
      ? `${v.id}: ${renderMessage(q.lang, v.code, v.params as MessageParams, { timeZone: q.zone })}`
      : `${v.id}: ${v.reason}`,
  );
  const decision = r.kind === 'purge' ? undefined : r;
  return [
    r.at,
    r.kind,
    r.outcome,
    r.accountId,
    r.debtorId,
    decision?.channel,
    decision?.contact.value,
    decision?.recipientPersonId,
    decision?.attemptId,
    r.rules.map((v) => v.id).join('; '),
    reasons.join(' | '),
    r.policyVersion,
    r.actor,
    r.requestId,
    r.id,
  ];
}

/**
 * The audit log of a period as CSV (oldest first), the reasons in the reader's language, every
 * cell safe to open in a spreadsheet; a UTF-8 byte-order mark first, so spreadsheets read Chinese.
 * @throws AppError invalid (export_too_large when the period holds more than MAX_EXPORT_RECORDS)
 */
export async function exportAudit(store: AuditLog, q: AuditExportQuery): Promise<string> {
  const records = await store.listAudit({
    from: q.from,
    to: q.to,
    ...(q.outcome ? { outcome: q.outcome } : {}),
    limit: MAX_EXPORT_RECORDS + 1,
  });
  if (records.length > MAX_EXPORT_RECORDS)
    throw new AppError(
      'invalid',
      'export_too_large',
      `the period holds more than ${MAX_EXPORT_RECORDS} audit records; export a shorter one`,
      { params: { max: MAX_EXPORT_RECORDS } },
    );
  const oldestFirst = [...records].reverse();
  return `\uFEFF${csvText(
    HEADER,
    oldestFirst.map((r) => row(r, q)),
  )}`;
}
