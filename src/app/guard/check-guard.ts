import { createHash } from 'node:crypto';
import { decide } from '../../domain/guard/decide.js';
import type { Decision } from '../../domain/guard/decision.js';
import type { GuardRequest } from '../../domain/guard/guard-context.js';
import {
  type AuditRecord,
  auditedVerdicts,
  type Channel,
  type ContactPoint,
  canonicalEmail,
  contactKindOf,
  EMAIL_PROBLEM_WORDS,
} from '../../domain/model/index.js';
import { normalisePhone } from '../../domain/phone/normalise-phone.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import type { OutreachDecision, OutreachGuard } from '../outreach/outreach-guard.js';
import type { PolicySource } from '../policy/policy-registry.js';
import { requestReads } from '../request-reads.js';
import { loadGuardContext } from './guard-context-loader.js';
import type { GuardDeps } from './guard-deps.js';

/** `POST /v1/guard/check`: which account, which channel, to what, optionally who, saying what, when. */
export interface GuardCheckInput {
  accountId: string;
  channel: Channel;
  /** Phone (E.164 or national for the account's country), email address, or address id — per channel. */
  to: string;
  recipientPersonId?: string;
  message?: string;
  /** For a visit: the collectors going and whether it is recorded. */
  visit?: { collectors: string[]; recorded: boolean };
  /** Preview at another instant (ISO-8601); default now. */
  at?: string;
  /** Who asked, for the audit log. */
  actor?: string;
  /** The HTTP request's id, recorded on the audit record. */
  requestId?: string;
}

/** The decision, with the id of its audit record. */
export interface GuardCheckResult {
  decisionId: string;
  at: string;
  decision: Decision;
}

/** SHA-256 of the canonical request: proves the input later without storing the message. */
export function guardInputDigest(request: GuardRequest, at: string): string {
  const canonical = JSON.stringify([
    request.accountId,
    request.channel,
    request.contact.kind,
    request.contact.value,
    request.recipientPersonId ?? null,
    request.message ?? null,
    at,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Turns the `to` text into the contact point the channel needs (phones normalised to E.164). */
export function contactOf(channel: Channel, to: string, defaultRegion?: string): ContactPoint {
  const kind = contactKindOf(channel);
  if (kind === 'email') {
    const email = canonicalEmail(to);
    if (!email.ok)
      throw new AppError(
        'invalid',
        'email_invalid',
        `to: not an email address (${EMAIL_PROBLEM_WORDS[email.reason]})`,
        { params: { path: 'to', reason: email.reason } },
      );
    return { kind, value: email.address };
  }
  if (kind === 'address') return { kind, value: to.trim() };
  const phone = normalisePhone(to, defaultRegion);
  if (!phone.ok) throw new AppError('invalid', phone.code, phone.message, { params: phone.params });
  return { kind, value: phone.phone.e164 };
}

/**
 * Decides one contact through the given store (a transaction's, in outreach) with the policies in
 * force. Store failures propagate (StoreUnavailableError): the caller sends nothing.
 */
export async function decideWith(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  request: GuardRequest,
  at: Date,
): Promise<Decision> {
  return (await decideFor(store, registry, request, at)).decision;
}

/** `decideWith`, and the person the contact reaches for certain (the attempt is recorded as theirs). */
async function decideFor(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  request: GuardRequest,
  at: Date,
): Promise<OutreachDecision> {
  const policies = registry.current();
  const context = await loadGuardContext(store, request, { at, policies });
  const decision = decide(request, context, policies, at);
  const person = context.recipient.sole ? context.recipient.person?.id : undefined;
  const recipientPersonId = request.recipientPersonId ?? person;
  return recipientPersonId === undefined ? { decision } : { decision, recipientPersonId };
}

/**
 * `POST /v1/guard/check`: the decision for a contact, without contacting anyone and without recording
 * an attempt; the decision itself is audited (kind `check`), like every decision.
 * Fails closed: no valid policy → deny `guard.no_policy`; store unreachable → StoreUnavailableError
 * (no decision), never an allow on a partial read.
 * @throws AppError not_found (account_not_found); invalid for an unusable `to` or `at`.
 * @example const { decision } = await checkGuard(deps, { accountId: 'A1', channel: 'call', to: '+14155550100' })
 */
export async function checkGuard(
  deps: GuardDeps,
  input: GuardCheckInput,
): Promise<GuardCheckResult> {
  const at = input.at === undefined ? deps.clock() : new Date(input.at);
  if (Number.isNaN(at.getTime()))
    throw new AppError('invalid', 'invalid_at', '`at` must be an ISO-8601 date-time');
  // The context loader reads the account again: one view of the store reads it once.
  const reads = requestReads(deps.store);
  const account = await reads.getAccount(input.accountId);
  if (!account)
    throw new AppError('not_found', 'account_not_found', `no account with id ${input.accountId}`, {
      params: { path: 'none', id: input.accountId },
    });
  const request: GuardRequest = {
    accountId: input.accountId,
    channel: input.channel,
    contact: contactOf(input.channel, input.to, account.jurisdiction.slice(0, 2)),
  };
  if (input.recipientPersonId !== undefined) request.recipientPersonId = input.recipientPersonId;
  if (input.message !== undefined) request.message = input.message;
  if (input.visit !== undefined) request.visit = input.visit;

  const decision = await decideWith(reads, deps.registry, request, at);
  const decisionId = deps.newId();
  const atIso = at.toISOString();
  const audit: AuditRecord = {
    id: decisionId,
    at: deps.clock().toISOString(),
    kind: 'check',
    accountId: account.id,
    debtorId: account.debtorId,
    channel: request.channel,
    contact: request.contact,
    inputDigest: guardInputDigest(request, atIso),
    outcome: decision.outcome,
    rules: auditedVerdicts(decision.rules),
    policyVersion: decision.policyVersion,
  };
  if (request.recipientPersonId !== undefined) audit.recipientPersonId = request.recipientPersonId;
  if (input.actor !== undefined) audit.actor = input.actor;
  if (input.requestId !== undefined) audit.requestId = input.requestId;
  await deps.store.appendAudit(audit);
  return { decisionId, at: atIso, decision };
}

/**
 * The guard as outreach uses it: decides through the outreach transaction's store, so the history it
 * counts is the one the new attempt is recorded against (send-outreach audits the decision itself).
 * @example outreachModule({ guard: createOutreachGuard(registry), relay })
 */
export function createOutreachGuard(registry: PolicySource): OutreachGuard {
  return { decideInTx: (tx, request, at) => decideFor(tx, registry, request, at) };
}
