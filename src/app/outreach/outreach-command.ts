import type { GuardRequest } from '../../domain/guard/guard-context.js';
import { sha256Hex } from './sha256-hex.js';

/** One outreach as the use case takes it: the guard request (contact already normalised) and its key. */
export interface OutreachCommand extends GuardRequest {
  /** Chosen by the client; the same key always answers with the first result and sends once. */
  idempotencyKey: string;
  /** A non-secret label of the caller, for the audit log. */
  actor?: string;
  /** The HTTP request's id, recorded on the audit record. */
  requestId?: string;
}

/**
 * The digest of what the request asks for (not who asks or with which key), so a replay can be told
 * from a different request that reuses a key. Fields are listed in a fixed order.
 * @example await requestDigest(command) // '5f1c…'
 */
export function requestDigest(command: OutreachCommand): Promise<string> {
  const canonical = JSON.stringify([
    command.accountId,
    command.channel,
    command.contact.kind,
    command.contact.value,
    command.recipientPersonId ?? null,
    command.message ?? null,
    // A visit's plan is part of what is asked: the same key with other collectors is another request.
    command.visit ? [[...command.visit.collectors], command.visit.recorded] : null,
  ]);
  return sha256Hex(canonical);
}
