import {
  type Attempt,
  futureDateExplanation,
  isPeriodInOrder,
  LearntFacts,
  Outcome,
  type PhoneStatus,
  PromiseTerms,
} from '../../domain/model/index.js';
import { issueMessage } from '../../domain/model/issue-message.js';
import { requestsInNote } from '../../domain/requests/requests-in-note.js';
import type {
  AttemptLog,
  ContactStatus,
  GraphIngest,
  GraphReads,
  PromiseBook,
  SharingReads,
  Transactions,
  WorklistIndex,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { keepPromise } from '../promises/keep-promise.js';
import {
  addConsumerRequests,
  type RecordedRequest,
  recordedOf,
  requestFromInput,
  requestFromNote,
} from '../requests/record-consumer-requests.js';
import { MAX_DEBTORS_RERANKED } from '../worklist/max-debtors-reranked.js';
import { type LearntEffects, writeLearntFacts } from './learn-facts.js';

/** The outcome of an attempt as the collector records it. */
export interface OutcomeInput {
  outcome: Outcome;
  note?: string;
  /** What the call revealed about the debtor (new phones, addresses, employers), written as evidence. */
  learnt?: LearntFacts;
  /** What was promised, on `promise_to_pay` (the currency defaults to the account's). */
  promise?: { amount: number; dueDate: string; currency?: string };
  /** Limits the consumer stated on the call (ConsumerRequestInput each), recorded on the person reached. */
  requests?: readonly unknown[];
}

/** What recording the outcome changed besides the attempt. */
export interface OutcomeEffects {
  /** The contact point's new status, when the outcome says something about the line. */
  phoneStatus?: PhoneStatus;
  /** The person now flagged ceaseContact. */
  ceaseContactPersonId?: string;
  /** How many learnt facts of each kind were written as evidence. */
  learnt?: LearntEffects;
  /** Limits the consumer set, stated in `requests` or read from the note, now on the person. */
  requests?: { personId: string; recorded: RecordedRequest[] };
}

/** The updated attempt and what else recording its outcome changed. */
export interface OutcomeRecorded {
  attempt: Attempt;
  effects: OutcomeEffects;
}

/** The longest note accepted (the attempt model's limit). */
export const MAX_NOTE_LENGTH = 2000;

/** The line status an outcome proves, if any: invalid, suspended, or active after a conversation. */
function phoneStatusOf(outcome: Outcome): PhoneStatus | undefined {
  switch (outcome) {
    case 'invalid_number':
      return 'invalid';
    case 'suspended':
      return 'suspended';
    case 'right_party':
    case 'promise_to_pay':
    case 'refused':
    case 'cease_request':
      return 'active';
    default:
      return undefined;
  }
}

/** Refuses a learnt fact said to hold after `at` (beyond a day of clock skew): nobody can have told it yet. */
function refuseFutureSeenAt(learnt: LearntFacts, at: Date): void {
  const kinds = [
    ['phones', learnt.phones],
    ['addresses', learnt.addresses],
    ['employers', learnt.employers],
  ] as const;
  for (const [kind, facts] of kinds)
    for (const [i, fact] of (facts ?? []).entries()) {
      if (fact.seenAt === undefined) continue;
      const future = futureDateExplanation(`learnt.${kind}[${i}].seenAt`, fact.seenAt, at);
      if (future)
        throw new AppError('invalid', 'date_in_future', future.message, { params: future.params });
    }
}

/**
 * Whose worklist entries an outcome makes stale. A stop flag, a number's status or learnt facts
 * change the routes of every account the debtor owes, not only the one called; a number found
 * dead or suspended is gone for every debtor whose routes reach it too: those holding it (a
 * shared line) and those reaching it through a person they know, their employer's switchboard or
 * a co-obligor, all found by one read walking the routes back from the number.
 */
async function debtorsToReRank(
  tx: SharingReads,
  attempt: Attempt,
  debtorId: string | undefined,
  effects: OutcomeEffects,
): Promise<string[]> {
  const ids = new Set<string>();
  if (debtorId !== undefined) ids.add(debtorId);
  if (effects.ceaseContactPersonId !== undefined) ids.add(effects.ceaseContactPersonId);
  if (effects.phoneStatus === 'invalid' || effects.phoneStatus === 'suspended') {
    for (const id of await tx.debtorsReachingPhone(attempt.contact.value, MAX_DEBTORS_RERANKED))
      ids.add(id);
  }
  return [...ids];
}

/**
 * Records an attempt's outcome at `at` and its consequences, in one store transaction: the
 * phone's status (invalid_number → invalid, suspended → suspended from `at`, a conversation →
 * active), on cease_request the ceaseContact flag of the person reached (else the debtor), and
 * what the call revealed about the debtor (`learnt`) as new evidence, and the limits the consumer
 * set (`requests`, and those the note states in en or zh-CN: an inconvenient time or place, a
 * barred channel or number; 12 CFR 1006.6(b), 1006.14(h)) on the person reached, so a failed
 * transaction loses none of them.
 * @example await recordOutcome({ store }, 'T1', { outcome: 'invalid_number' }, new Date())
 * @throws AppError invalid (invalid_outcome, outcome_before_attempt, date_in_future, invalid_note, invalid_request, invalid_learnt, invalid_learnt_phone, learnt_teller_*); not_found (attempt_not_found)
 */
export async function recordOutcome(
  deps: { store: Transactions; defaultRegion?: string },
  attemptId: string,
  input: OutcomeInput,
  at: Date,
): Promise<OutcomeRecorded> {
  const outcome = Outcome.safeParse(input.outcome);
  if (!outcome.success)
    throw new AppError(
      'invalid',
      'invalid_outcome',
      `outcome must be one of ${Outcome.options.join(', ')}`,
      { params: { options: Outcome.options.join(', ') } },
    );
  if (
    input.note !== undefined &&
    (typeof input.note !== 'string' || input.note.length > MAX_NOTE_LENGTH)
  ) {
    throw new AppError(
      'invalid',
      'invalid_note',
      `note must be text of at most ${MAX_NOTE_LENGTH} characters`,
      { params: { max: MAX_NOTE_LENGTH } },
    );
  }
  const learnt = input.learnt === undefined ? undefined : LearntFacts.safeParse(input.learnt);
  if (learnt && !learnt.success) {
    const issue = learnt.error.issues[0]!;
    throw new AppError(
      'invalid',
      'invalid_learnt',
      `learnt.${issue.path.join('.')}: ${issue.message}`,
      { params: { path: `learnt.${issue.path.join('.')}`, issue: [issueMessage(issue)] } },
    );
  }
  if (input.promise !== undefined && outcome.data !== 'promise_to_pay')
    throw new AppError(
      'invalid',
      'promise_without_promise_to_pay',
      'amount and dueDate belong to a promise_to_pay outcome only',
    );
  if (input.promise !== undefined)
    PromiseTerms.pick({ amount: true, dueDate: true }).parse(input.promise);
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw new AppError('invalid', 'invalid_at', '`at` must be an ISO-8601 date-time');
  const when = at.toISOString();
  if (learnt?.data) refuseFutureSeenAt(learnt.data, at);
  // The day before the call's UTC day: the debtor's own day may still be that one (west of UTC).
  const earliestDue = new Date(at.getTime() - 86_400_000).toISOString().slice(0, 10);
  if (input.promise !== undefined && input.promise.dueDate < earliestDue)
    throw new AppError(
      'invalid',
      'promise_due_before_made',
      `dueDate: ${input.promise.dueDate} is before the promise was made (${when})`,
      { params: { dueDate: input.promise.dueDate, madeAt: when } },
    );
  return deps.store.transaction(
    async (
      tx: AttemptLog & ContactStatus & GraphReads & GraphIngest & PromiseBook & WorklistIndex,
    ) => {
      const attempt = await tx.getAttempt(attemptId);
      const notFound = () =>
        new AppError('not_found', 'attempt_not_found', `no attempt with id ${attemptId}`, {
          params: { id: attemptId },
        });
      if (!attempt) throw notFound();
      // An outcome is learnt on or after the attempt; one dated before it is a clock or data mistake.
      if (!isPeriodInOrder(attempt.at, when))
        throw new AppError(
          'invalid',
          'outcome_before_attempt',
          `the outcome at ${when} is before the attempt was made (${attempt.at})`,
          { params: { outcomeAt: when, attemptAt: attempt.at } },
        );
      const updated = await tx.setAttemptOutcome(attemptId, outcome.data, when, input.note);
      if (!updated) throw notFound();
      const effects: OutcomeEffects = {};
      // The account called, read once: its debtor answers for an unnamed call, learns the facts, is re-ranked.
      const account = await tx.getAccount(attempt.accountId);
      const reachedId = attempt.personId ?? account?.debtorId;
      const status = attempt.contact.kind === 'phone' ? phoneStatusOf(outcome.data) : undefined;
      if (status !== undefined) {
        await tx.setPhoneStatus(attempt.contact.value, status, when);
        effects.phoneStatus = status;
      }
      if (outcome.data === 'cease_request' && reachedId !== undefined) {
        await tx.setPersonFlags(reachedId, { ceaseContact: true });
        effects.ceaseContactPersonId = reachedId;
      }
      if (learnt?.data) {
        if (account)
          effects.learnt = await writeLearntFacts(tx, learnt.data, {
            debtorId: account.debtorId,
            ...(attempt.personId !== undefined ? { reachedId: attempt.personId } : {}),
            region: account.jurisdiction.slice(0, 2),
            at: when,
          });
      }
      const requests = [
        ...(input.requests ?? []).map((r, i) =>
          requestFromInput(r, `${attemptId}-outcome-${i}`, 'outcome', when, deps.defaultRegion),
        ),
        ...requestsInNote(input.note ?? '').map((d, i) =>
          requestFromNote(d, updated, `${attemptId}-note-${i}`, when),
        ),
      ];
      // Who stated them: the person reached, else the debtor (the call was to the debtor's account).
      if (requests.length > 0 && reachedId !== undefined) {
        await addConsumerRequests(tx, reachedId, requests);
        effects.requests = { personId: reachedId, recorded: requests.map(recordedOf) };
      }
      await keepPromise(tx, updated, input.promise, when);
      const debtorIds = await debtorsToReRank(tx, attempt, account?.debtorId, effects);
      await tx.markWorklistStale({ debtorIds });
      return { attempt: updated, effects };
    },
  );
}
