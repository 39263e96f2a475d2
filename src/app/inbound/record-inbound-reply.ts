import { createHash } from 'node:crypto';
import { optOutKeyword } from '../../domain/inbound/opt-out-reply.js';
import type {
  Attempt,
  AuditRecord,
  ConsumerRequest,
  ContactPoint,
  Person,
} from '../../domain/model/index.js';
import { canonicalEmail } from '../../domain/model/index.js';
import { normalisePhone } from '../../domain/phone/normalise-phone.js';
import type { Holder, StoreTx, Transactions } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** A reply a consumer sent to one of our messages, as the SMS or email provider reports it. */
export interface InboundReplyInput {
  channel: 'sms' | 'email';
  /** The sender: a phone number (E.164, or national for `defaultRegion`) or an email address. */
  from: string;
  text: string;
  /** When the provider received it (ISO-8601); default now. */
  at?: string;
  /** The provider's message id: a repeated delivery of the same id records nothing new. */
  providerMessageId?: string;
}

/** What recording the reply did. */
export interface InboundReplyResult {
  /** The inbound attempt (`inbound_sms` / `inbound_email`), or undefined when no account could be named. */
  attemptId?: string;
  /** The opt-out keyword the reply consists of, when it is one. */
  optOut?: string;
  /** Everyone the graph says holds the contact point, now opted out of the channel and the point. */
  optedOutPersonIds: string[];
  /** The audit record of the opt-out. */
  auditId?: string;
  /** True when this provider message id was recorded before (nothing changed). */
  duplicate: boolean;
}

/** Clock, ids and the default region for national numbers. */
export interface InboundDeps {
  store: Transactions;
  clock: () => Date;
  newId: () => string;
  defaultRegion?: string;
}

function contactOf(input: InboundReplyInput, defaultRegion?: string): ContactPoint {
  if (input.channel === 'email') {
    const email = canonicalEmail(input.from);
    if (!email.ok) throw new AppError('invalid', 'invalid_from', '"from" must be an email address');
    return { kind: 'email', value: email.address };
  }
  const phone = normalisePhone(input.from, defaultRegion);
  if (!phone.ok) throw new AppError('invalid', phone.code, phone.message, { params: phone.params });
  return { kind: 'phone', value: phone.phone.e164 };
}

/** The requests a keyword reply makes: no more of this channel, and nothing more to this point. */
function optOutRequests(
  id: (suffix: string) => string,
  input: InboundReplyInput,
  contact: ContactPoint,
  at: string,
): ConsumerRequest[] {
  const base = { kind: 'opt_out' as const, requestedAt: at, source: 'inbound_reply' as const };
  const note = input.text.trim().slice(0, 500);
  return [
    { ...base, id: id('channel'), channel: input.channel, note },
    { ...base, id: id('contact'), contact, note },
  ];
}

/** Which account the reply belongs to: the latest outbound attempt to the point, else a holder's first account. */
async function accountOf(
  tx: StoreTx,
  contact: ContactPoint,
  holders: readonly Holder[],
  at: string,
): Promise<{ accountId: string; debtorId?: string } | undefined> {
  const earlier = (await tx.listAttempts({ contact, to: at })).filter(
    (a) => a.direction !== 'inbound',
  );
  const last = earlier[earlier.length - 1];
  if (last) {
    const account = await tx.getAccount(last.accountId);
    return account
      ? { accountId: account.id, debtorId: account.debtorId }
      : { accountId: last.accountId };
  }
  for (const h of holders) {
    if (h.kind !== 'person') continue;
    const [first] = await tx.accountsOf(h.id);
    if (first) return { accountId: first.account.id, debtorId: first.account.debtorId };
  }
  return undefined;
}

async function optOut(
  tx: StoreTx,
  person: Person,
  requests: ConsumerRequest[],
  channel: 'sms' | 'email',
) {
  const known = new Set((person.flags.requests ?? []).map((r) => r.id));
  await tx.setPersonFlags(person.id, {
    optOut: [...new Set([...person.flags.optOut, channel])],
    requests: [...(person.flags.requests ?? []), ...requests.filter((r) => !known.has(r.id))],
  });
}

/**
 * `POST /v1/inbound`: records a consumer's SMS or email reply as an attempt of its own (direction
 * inbound: evidence that the contact point works, and the phone is marked active), and when the reply
 * is an opt-out keyword alone (STOP, END, QUIT, CANCEL, UNSUBSCRIBE, REVOKE, OPT OUT, 退订, TD, 取消)
 * opts every holder of the point out of the channel and of the point at once, with the date, audited.
 * All in one transaction. The guard then denies the next message under the consumer_requests rule.
 * @throws AppError bad_request for an unusable sender or time.
 * @example await recordInboundReply(deps, { channel: 'sms', from: '+14155550100', text: 'STOP' })
 */
export async function recordInboundReply(
  deps: InboundDeps,
  input: InboundReplyInput,
): Promise<InboundReplyResult> {
  const atDate = input.at === undefined ? deps.clock() : new Date(input.at);
  if (Number.isNaN(atDate.getTime()))
    throw new AppError('invalid', 'invalid_at', '`at` must be an ISO-8601 date-time');
  const at = atDate.toISOString();
  const contact = contactOf(input, deps.defaultRegion);
  const keyword = optOutKeyword(input.text);
  // A provider message id makes a retried webhook idempotent: the attempt id is derived from it.
  const digest = createHash('sha256')
    .update(JSON.stringify([input.channel, contact.value, input.providerMessageId ?? deps.newId()]))
    .digest('hex')
    .slice(0, 24);
  const attemptId = `inbound_${input.channel}-${digest}`;

  return deps.store.transaction(async (tx) => {
    if (await tx.getAttempt(attemptId))
      return { attemptId, optedOutPersonIds: [], duplicate: true };
    const shared = await tx.sharedIdentifiers(contact);
    const holders = shared.holders.filter((h) => h.kind === 'person');
    const result: InboundReplyResult = { optedOutPersonIds: [], duplicate: false };
    if (keyword !== undefined) {
      result.optOut = keyword;
      const requests = optOutRequests((s) => `${attemptId}-${s}`, input, contact, at);
      for (const h of holders) {
        const person = await tx.getPerson(h.id);
        if (!person) continue;
        await optOut(tx, person, requests, input.channel);
        result.optedOutPersonIds.push(person.id);
      }
    }
    const account = await accountOf(tx, contact, holders, at);
    if (account) {
      const single = holders.length === 1 ? holders[0] : undefined;
      const attempt: Attempt = {
        id: attemptId,
        accountId: account.accountId,
        at,
        channel: input.channel,
        contact,
        direction: 'inbound',
      };
      if (single) {
        attempt.personId = single.id;
        attempt.outcome = single.id === account.debtorId ? 'right_party' : 'third_party';
        attempt.outcomeAt = at;
      }
      await tx.recordAttempts([attempt]);
      result.attemptId = attemptId;
    }
    if (contact.kind === 'phone') await tx.setPhoneStatus(contact.value, 'active', at);
    if (keyword !== undefined && account) {
      const audit: AuditRecord = {
        id: deps.newId(),
        at: deps.clock().toISOString(),
        kind: 'inbound',
        accountId: account.accountId,
        channel: input.channel,
        contact,
        inputDigest: createHash('sha256')
          .update(JSON.stringify([contact.value, input.text, at]))
          .digest('hex'),
        outcome: 'deny',
        rules: result.optedOutPersonIds.map((personId) => ({
          id: 'inbound.opt_out',
          policy: 'consumer',
          code: 'consumer_opted_out',
          params: {
            requestedAt: at,
            source: 'inbound_reply',
            channel: input.channel,
            person: personId,
          },
          reason: `"${keyword}" reply: ${personId} opted out of ${input.channel} and of ${contact.kind} ${contact.value} from ${at}`,
        })),
        policyVersion: 'none',
        attemptId,
      };
      if (account.debtorId !== undefined) audit.debtorId = account.debtorId;
      await tx.appendAudit(audit);
      result.auditId = audit.id;
    }
    return result;
  });
}
