import type { Decision } from '../../domain/guard/decision.js';
import type { GuardRequest } from '../../domain/guard/guard-context.js';
import {
  type Attempt,
  type AuditRecord,
  auditedVerdicts,
  type DispatchRecord,
  type IdempotencyRecord,
} from '../../domain/model/index.js';
import type { Log } from '../../log/log.js';
import type {
  AttemptLog,
  AuditLog,
  GraphReads,
  Outbox,
  Receipts,
  Transactions,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import type { Delivery, DispatchRelay } from '../dispatch/dispatch-relay.js';
import { type OutreachCommand, requestDigest } from './outreach-command.js';
import type { OutreachGuard } from './outreach-guard.js';
import { sendScopeKeys } from './send-scopes.js';
import { sha256Hex } from './sha256-hex.js';
import { type OutreachAccepted, readStoredOutcome, type StoredOutcome } from './stored-outcome.js';

export type { OutreachAccepted } from './stored-outcome.js';

export interface OutreachDeps {
  store: Transactions & Receipts;
  guard: OutreachGuard;
  relay: DispatchRelay;
  /** The server's clock: the guard decides with it, never with a client's time. */
  clock: () => Date;
  newId: () => string;
  log: Log;
}

export interface OutreachResult {
  accepted: OutreachAccepted;
  /** True when this answer is the stored first answer of the same idempotency key. */
  replayed: boolean;
  /** The provider hand-over still running after commit (webhooks); absent for the outbox and replays. */
  delivery?: Promise<Delivery>;
}

type TxOutcome =
  | { kind: 'replay'; receipt: IdempotencyRecord }
  | { kind: 'accepted'; accepted: OutreachAccepted; dispatch: DispatchRecord }
  | { kind: 'guard_denied'; message: string; decision: Decision };

/** Thrown inside the transaction to roll it back when another request stored the key's receipt first. */
class ReceiptTaken extends Error {}

/**
 * Sends one outreach: the guard decides with the server's clock; on allow the attempt is recorded,
 * the frequency budget consumed, the decision audited, the dispatch queued and the receipt stored in
 * ONE store transaction under the locks of its cap scopes (account, debtor, contact point,
 * recipient), then the message is handed to the provider.
 * On deny the decision is audited and the receipt stored, nothing is sent, and an AppError of kind
 * `guard_denied` is thrown with the decision as details. A replayed key answers its first result
 * and sends nothing. The receipt keeps the outcome (accepted, or denied with the decision).
 * @throws AppError guard_denied; conflict (idempotency_key_reused, idempotency_key_in_use,
 *         idempotency_receipt_unreadable); not_found (account_not_found); StoreUnavailableError when
 *         the store cannot be reached: nothing is then recorded or sent.
 * @example const { accepted } = await sendOutreach(deps, { accountId: 'A1', channel: 'sms', contact, message, idempotencyKey: 'k1' })
 */
export async function sendOutreach(
  deps: OutreachDeps,
  command: OutreachCommand,
): Promise<OutreachResult> {
  const digest = await requestDigest(command);
  const messageDigest =
    command.message === undefined ? undefined : await sha256Hex(command.message);
  let outcome: TxOutcome;
  try {
    outcome = await deps.store.transaction((tx) =>
      decideAndRecord(deps, tx, command, digest, messageDigest),
    );
  } catch (error) {
    if (!(error instanceof ReceiptTaken)) throw error;
    const receipt = await deps.store.getReceipt(command.idempotencyKey);
    if (!receipt) {
      // The rival rolled back after all: nothing was recorded for this key, so asking again is safe.
      throw new AppError(
        'conflict',
        'idempotency_key_in_use',
        'another request with this idempotency key was in progress; send it again',
      );
    }
    outcome = { kind: 'replay', receipt };
  }

  if (outcome.kind === 'replay')
    return { accepted: replay(outcome.receipt, digest), replayed: true };
  if (outcome.kind === 'guard_denied') {
    deps.log.info(
      {
        accountId: command.accountId,
        channel: command.channel,
        outcome: 'deny',
        rules: outcome.decision.rules.map((r) => r.id),
      },
      'outreach denied',
    );
    throw guardDenied(outcome.message, outcome.decision);
  }
  const { accepted, dispatch } = outcome;
  deps.log.info(
    {
      accountId: command.accountId,
      channel: command.channel,
      attemptId: accepted.attemptId,
      dispatchId: dispatch.id,
      provider: dispatch.provider,
    },
    'outreach recorded',
  );
  if (dispatch.status === 'queued')
    return { accepted, replayed: false, delivery: deps.relay.deliver(dispatch, deps.log) };
  return { accepted, replayed: false };
}

/** What outreach may touch inside its transaction. */
type OutreachTx = GraphReads & AttemptLog & AuditLog & Receipts & Outbox;

async function decideAndRecord(
  deps: OutreachDeps,
  tx: OutreachTx,
  command: OutreachCommand,
  digest: string,
  messageDigest: string | undefined,
): Promise<TxOutcome> {
  // Lock every cap scope first: across processes and cluster members, the receipt check and the
  // cap counts must both see committed rivals. The account's debtor names one of the scopes.
  const account = await tx.getAccount(command.accountId);
  await tx.lockScopes(await sendScopeKeys(tx, command, account));
  const existing = await tx.getReceipt(command.idempotencyKey);
  if (existing) return { kind: 'replay', receipt: existing };

  if (!account)
    throw new AppError(
      'not_found',
      'account_not_found',
      `no account with id ${command.accountId}`,
      {
        params: { path: 'none', id: command.accountId },
      },
    );

  const now = deps.clock();
  const at = now.toISOString();
  const { decision, recipientPersonId } = await deps.guard.decideInTx(
    tx,
    guardRequestOf(command),
    now,
  );
  const allowed = decision.outcome === 'allow';
  const decisionId = deps.newId();
  const attemptId = allowed ? deps.newId() : undefined;

  const audit: AuditRecord = {
    id: decisionId,
    at,
    kind: 'outreach',
    accountId: command.accountId,
    debtorId: account.debtorId,
    channel: command.channel,
    contact: command.contact,
    inputDigest: digest,
    outcome: decision.outcome,
    rules: auditedVerdicts(decision.rules),
    policyVersion: decision.policyVersion,
  };
  if (command.recipientPersonId !== undefined) audit.recipientPersonId = command.recipientPersonId;
  if (command.actor !== undefined) audit.actor = command.actor;
  if (command.requestId !== undefined) audit.requestId = command.requestId;
  if (attemptId !== undefined) audit.attemptId = attemptId;
  if (command.visit !== undefined)
    audit.visit = { collectors: [...command.visit.collectors], recorded: command.visit.recorded };
  await tx.appendAudit(audit);

  if (!allowed || attemptId === undefined) {
    const denied = { kind: 'guard_denied', message: deniedMessage(decision), decision } as const;
    await storeReceipt(tx, command.idempotencyKey, digest, denied, at);
    return denied;
  }

  const attempt: Attempt = {
    id: attemptId,
    accountId: command.accountId,
    at,
    channel: command.channel,
    contact: command.contact,
    decisionId,
  };
  if (recipientPersonId !== undefined) attempt.personId = recipientPersonId;
  if (messageDigest !== undefined) attempt.messageDigest = messageDigest;
  await tx.recordAttempts([attempt]);

  const handedOver = deps.relay.handedOverOnCommit(command.channel);
  const dispatch: DispatchRecord = {
    id: deps.newId(),
    attemptId,
    channel: command.channel,
    to: command.contact,
    provider: deps.relay.providerFor(command.channel),
    status: handedOver ? 'sent' : 'queued',
    tries: handedOver ? 1 : 0,
    createdAt: at,
    updatedAt: at,
  };
  if (command.message !== undefined) dispatch.message = command.message;
  await tx.enqueueDispatch(dispatch);

  const accepted: OutreachAccepted = {
    attemptId,
    decisionId,
    decision,
    dispatch: { id: dispatch.id, status: dispatch.status, provider: dispatch.provider },
  };
  await storeReceipt(tx, command.idempotencyKey, digest, { kind: 'accepted', accepted }, at);
  return { kind: 'accepted', accepted, dispatch };
}

/** Only what the guard decides on: not the idempotency key, not the caller. */
function guardRequestOf(command: OutreachCommand): GuardRequest {
  const request: GuardRequest = {
    accountId: command.accountId,
    channel: command.channel,
    contact: command.contact,
  };
  if (command.recipientPersonId !== undefined)
    request.recipientPersonId = command.recipientPersonId;
  if (command.visit !== undefined) request.visit = command.visit;
  if (command.message !== undefined) request.message = command.message;
  return request;
}

async function storeReceipt(
  tx: Receipts,
  idempotencyKey: string,
  requestDigest: string,
  outcome: StoredOutcome,
  createdAt: string,
): Promise<void> {
  const stored = await tx.putReceipt({ idempotencyKey, requestDigest, outcome, createdAt });
  if (!stored) throw new ReceiptTaken('the idempotency key was taken by a concurrent request');
}

/** The ids of the rules that denied, once each. */
function deniedRules(decision: Decision): string[] {
  return [...new Set(decision.rules.map((r) => r.id))];
}

/** A denial's message names the rules, never the recipient or the message. */
function deniedMessage(decision: Decision): string {
  const ids = deniedRules(decision);
  return ids.length > 0
    ? `the guard denied this outreach (${ids.join(', ')}); nothing was sent`
    : 'the guard denied this outreach; nothing was sent';
}

/**
 * The error a denied outreach is told with: the decision is its details; the rule ids are the
 * message's arguments, so the top line is worded in the reader's language like the rules' reasons.
 */
function guardDenied(message: string, decision: Decision): AppError {
  const ids = deniedRules(decision);
  return new AppError('guard_denied', 'guard_denied', message, {
    details: decision,
    params: { count: ids.length, rules: ids },
  });
}

/** Answers a stored receipt as the first request was answered (receipts of either shape). */
function replay(receipt: IdempotencyRecord, digest: string): OutreachAccepted {
  if (receipt.requestDigest !== digest) {
    throw new AppError(
      'conflict',
      'idempotency_key_reused',
      'this idempotency key was already used for a different request; use a new key',
    );
  }
  const stored = readStoredOutcome(receipt.outcome);
  if (stored?.kind === 'accepted') return stored.accepted;
  if (stored?.kind === 'guard_denied') throw guardDenied(stored.message, stored.decision);
  // A receipt this code did not write: refuse rather than guess (fails closed, sends nothing).
  throw new AppError(
    'conflict',
    'idempotency_receipt_unreadable',
    'the stored answer for this idempotency key cannot be replayed; use a new key',
  );
}
