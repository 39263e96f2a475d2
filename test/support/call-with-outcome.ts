import { expect } from 'vitest';
import { KEYS } from './api-harness.js';
import type { ServiceHarness } from './service-harness.js';

/** What a collector's call names: the account, the number and who should answer. */
export interface CallRequest {
  accountId: string;
  to: string;
  recipientPersonId?: string;
  idempotencyKey: string;
}

/**
 * Places a call through POST /v1/outreach as the collector and records its outcome, expecting
 * the guard to allow it (201) and the outcome to be taken (200); gives the attempt's id.
 * @example await callWithOutcome(svc, { accountId: 'ACC-CN-023-1', to: '+86…', idempotencyKey: 'k' }, 'cease_request')
 */
export async function callWithOutcome(
  svc: ServiceHarness,
  call: CallRequest,
  outcome: string,
): Promise<string> {
  const headers = { authorization: `Bearer ${KEYS.collector}`, 'content-type': 'application/json' };
  const sent = await svc.app.request('/v1/outreach', {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'call', ...call }),
  });
  expect(sent.status).toBe(201);
  const { attemptId } = (await sent.json()) as { attemptId: string };
  const recorded = await svc.app.request(`/v1/attempts/${attemptId}/outcome`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ outcome }),
  });
  expect(recorded.status).toBe(200);
  return attemptId;
}
