import { type ServiceHarness, serviceHarness } from './service-harness.js';

/** A rejected line as the API reports it. */
export interface RejectedRow {
  line: number;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** What POST /v1/ingest answered: its status and the summary (or the error's details for a 400). */
export interface ImportAnswer {
  status: number;
  accepted: number;
  rejected: RejectedRow[];
  errorCode?: string;
}

/** The full service over an empty in-memory store with a pinned clock (default 2026-11-20T02:00:00Z). */
export async function importHarness(now?: Date): Promise<ServiceHarness> {
  return serviceHarness({ demo: false, ...(now ? { now } : {}) });
}

/**
 * Posts records as NDJSON (one per line, in order, so record i is line i + 1) to /v1/ingest and
 * reads the rejected lines, worded for `lang`.
 */
export async function importOverApi(
  h: ServiceHarness,
  records: readonly unknown[],
  lang: 'en' | 'zh-CN' = 'en',
): Promise<ImportAnswer> {
  const res = await h.call('POST', `/v1/ingest?lang=${lang}`, {
    role: 'investigator',
    raw: records.map((r) => JSON.stringify(r)).join('\n'),
    contentType: 'application/x-ndjson',
  });
  const body = (await res.json()) as {
    accepted?: number;
    rejected?: RejectedRow[];
    error?: { code: string; details?: { rejected?: RejectedRow[] } };
  };
  return {
    status: res.status,
    accepted: body.accepted ?? 0,
    rejected: body.rejected ?? body.error?.details?.rejected ?? [],
    ...(body.error ? { errorCode: body.error.code } : {}),
  };
}
