import {
  type Attempt,
  ConsumerRequest,
  ConsumerRequestInput,
  describeRequest,
  type Person,
  type RequestSource,
} from '../../domain/model/index.js';
import { issueMessage } from '../../domain/model/issue-message.js';
import { normalisePhone } from '../../domain/phone/normalise-phone.js';
import type { NoteRequest } from '../../domain/requests/requests-in-note.js';
import type { ContactStatus, GraphReads, Transactions } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { checkRequestPlaces } from './request-place-check.js';

/** A request as recorded, for the caller to show back: its id, kind and words. */
export interface RecordedRequest {
  id: string;
  kind: ConsumerRequest['kind'];
  description: string;
}

/** What a recorded request tells the caller. */
export function recordedOf(r: ConsumerRequest): RecordedRequest {
  return { id: r.id, kind: r.kind, description: describeRequest(r) };
}

/** The person with this id, or a `not_found` error. */
async function personOrNotFound(reads: GraphReads, personId: string): Promise<Person> {
  const person = await reads.getPerson(personId);
  if (!person)
    throw new AppError('not_found', 'person_not_found', `no person with id ${personId}`, {
      params: { id: personId },
    });
  return person;
}

/**
 * The limits the consumer set on this person (`GET /v1/persons/{id}/requests`).
 * @throws AppError not_found (person_not_found)
 */
export async function listConsumerRequests(
  reads: GraphReads,
  personId: string,
): Promise<readonly ConsumerRequest[]> {
  return (await personOrNotFound(reads, personId)).flags.requests ?? [];
}

/**
 * Adds requests to the person's flags; a request id already recorded is kept as it was (so recording
 * the same outcome twice adds nothing). Returns the requests that were new.
 * @throws AppError not_found (person_not_found); invalid (request_address_unknown: a place not the person's)
 */
export async function addConsumerRequests(
  tx: GraphReads & ContactStatus,
  personId: string,
  requests: readonly ConsumerRequest[],
): Promise<ConsumerRequest[]> {
  const person = await personOrNotFound(tx, personId);
  const known = new Set((person.flags.requests ?? []).map((r) => r.id));
  const added = requests.filter((r) => !known.has(r.id));
  await checkRequestPlaces(tx, personId, added);
  if (added.length > 0)
    await tx.setPersonFlags(personId, { requests: [...(person.flags.requests ?? []), ...added] });
  return added;
}

/** Binds a request read from a note to the attempt it was noted on: its contact point and date. */
export function requestFromNote(
  draft: NoteRequest,
  attempt: Attempt,
  id: string,
  at: string,
): ConsumerRequest {
  const r: ConsumerRequest = {
    id,
    kind: draft.kind,
    requestedAt: at,
    source: 'note',
    note: draft.clause.slice(0, 500),
  };
  if (draft.channel !== undefined) r.channel = draft.channel;
  if (draft.onThisContact) r.contact = attempt.contact;
  if (draft.days !== undefined) r.days = draft.days;
  if (draft.from !== undefined) r.from = draft.from;
  if (draft.to !== undefined) r.to = draft.to;
  if (draft.place !== undefined) r.place = draft.place;
  return ConsumerRequest.parse(r);
}

/**
 * How far a client's clock may run ahead of ours: a request stated "now" by a client a little
 * fast is not refused, while one dated later (never enforced until then) is.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Completes a stated request with its id, source and date (default `at`), a barred phone number in
 * E.164 (national numbers read in `region`), or throws an `invalid` error naming the field.
 */
export function requestFromInput(
  input: unknown,
  id: string,
  source: RequestSource,
  at: string,
  region?: string,
): ConsumerRequest {
  const parsed = ConsumerRequestInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      'invalid',
      'invalid_request',
      `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      {
        params: {
          path: issue.path.length > 0 ? issue.path.join('.') : 'none',
          issue: [issueMessage(issue)],
        },
      },
    );
  }
  const request = ConsumerRequest.parse({ requestedAt: at, ...parsed.data, id, source });
  if (Date.parse(request.requestedAt) > Date.parse(at) + CLOCK_SKEW_MS)
    throw new AppError(
      'invalid',
      'request_after_recorded',
      `requestedAt: ${request.requestedAt} is after the request is recorded (${at}); a limit binds from when the consumer stated it`,
      { params: { requestedAt: request.requestedAt, recordedAt: at } },
    );
  if (request.contact?.kind === 'phone') {
    const phone = normalisePhone(request.contact.value, region);
    if (!phone.ok)
      throw new AppError('invalid', phone.code, `contact.value: ${phone.message}`, {
        params: { ...phone.params, path: 'contact.value' },
      });
    request.contact = { kind: 'phone', value: phone.phone.e164 };
  }
  return request;
}

/**
 * Records a limit the consumer set (`POST /v1/persons/{id}/requests`): a channel or a number
 * barred (12 CFR 1006.14(h)), a time or a place that is inconvenient (1006.6(b)(1), (b)(3)). The
 * guard enforces it from its `requestedAt` on, naming it and its date in every denial.
 * @throws AppError invalid (invalid_request, invalid_at, request_address_unknown); not_found (person_not_found)
 * @example await recordConsumerRequest(deps, 'P1', { kind: 'inconvenient_place', place: 'workplace' })
 */
export async function recordConsumerRequest(
  deps: { store: Transactions; clock: () => Date; newId: () => string; defaultRegion?: string },
  personId: string,
  input: unknown,
): Promise<ConsumerRequest> {
  const at = deps.clock().toISOString();
  const request = requestFromInput(input, deps.newId(), 'api', at, deps.defaultRegion);
  return deps.store.transaction(async (tx) => {
    await addConsumerRequests(tx, personId, [request]);
    return request;
  });
}
