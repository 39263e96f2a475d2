import {
  checkGuard,
  type GuardCheckInput,
  type GuardCheckResult,
} from '../app/guard/check-guard.js';
import type { GuardDeps } from '../app/guard/guard-deps.js';

/** Who asked for the demo's decisions, as the audit log shows it. */
export const DEMO_ACTOR = 'demo';

/** One guard check the demo runs, and the id its audit record gets. */
export interface DemoDecision {
  id: string;
  check: Omit<GuardCheckInput, 'actor' | 'requestId'>;
}

// Every instant is on the demo's reference day (Friday 2026-11-20) and given as the check's `at`:
// the history the guard counts is the one before that instant, so each verdict is the same on any
// day the demo is started. The ids are fixed so that two processes setting up one empty store at
// once conflict on the first record instead of writing the decisions twice.
/** The guard checks the demo database starts with, in the order they are decided. */
export const DEMO_DECISIONS: readonly DemoDecision[] = [
  // Allowed: a call to 张伟's own mobile at 10:00 Beijing time, the collector saying who calls.
  {
    id: 'demo-decision-01',
    check: {
      accountId: 'ACC-CN-001-1',
      channel: 'call',
      to: '+8618659581681',
      message: '张先生您好，我是浦江消费金融客服，工号 1024，请问现在方便通话吗？',
      at: '2026-11-20T02:00:00Z',
    },
  },
  // Denied by the CN hours: the same call at 23:30 Beijing time.
  {
    id: 'demo-decision-02',
    check: {
      accountId: 'ACC-CN-001-1',
      channel: 'call',
      to: '+8618659581681',
      at: '2026-11-20T15:30:00Z',
    },
  },
  // Denied for its language: an SMS posing as a court and threatening jail.
  {
    id: 'demo-decision-03',
    check: {
      accountId: 'ACC-CN-001-1',
      channel: 'sms',
      to: '+8618659581681',
      message: '我是法院执行局的，再不还钱就等着坐牢。',
      at: '2026-11-20T02:10:00Z',
    },
  },
  // Denied: an SMS to 张伟's reference 胡娟 telling her of the debt while 张伟 is reachable.
  {
    id: 'demo-decision-04',
    check: {
      accountId: 'ACC-CN-001-1',
      channel: 'sms',
      to: '+8613931012289',
      recipientPersonId: 'CN-R004',
      message: '我是浦江消费金融客服，请转告张伟尽快还款，他的贷款已逾期。',
      at: '2026-11-20T02:20:00Z',
    },
  },
  // Denied by the stop flags: a call to the deceased debtor 陈刚's own mobile.
  {
    id: 'demo-decision-05',
    check: {
      accountId: 'ACC-CN-005-1',
      channel: 'call',
      to: '+8613965456748',
      at: '2026-11-20T02:30:00Z',
    },
  },
  // Allowed: a text to Mary Rodriguez at 10:00 in New York, with the way to opt out.
  {
    id: 'demo-decision-06',
    check: {
      accountId: 'ACC-US-001-1',
      channel: 'sms',
      to: '+16467733619',
      message: 'Hi Mary, this is Hudson Credit. Please call us back. Reply STOP to opt out.',
      at: '2026-11-20T15:00:00Z',
    },
  },
  // Denied for its language: a text to Mary Rodriguez threatening arrest.
  {
    id: 'demo-decision-07',
    check: {
      accountId: 'ACC-US-001-1',
      channel: 'sms',
      to: '+16467733619',
      message: 'Pay today or we will have you arrested. Reply STOP to opt out.',
      at: '2026-11-20T15:10:00Z',
    },
  },
  // Denied: a call to Mary's sister Emily whose script says Mary owes a debt (location only).
  {
    id: 'demo-decision-08',
    check: {
      accountId: 'ACC-US-001-1',
      channel: 'call',
      to: '+16464623781',
      recipientPersonId: 'US-R080',
      message: 'Hi Emily, please tell Mary her loan payment is overdue and she must call us.',
      at: '2026-11-20T15:20:00Z',
    },
  },
  // Denied by the US hours: a call to John Garcia at 07:30 in Austin, before 08:00.
  {
    id: 'demo-decision-09',
    check: {
      accountId: 'ACC-US-002-1',
      channel: 'call',
      to: '+15122022137',
      at: '2026-11-20T13:30:00Z',
    },
  },
  // Denied by the stop flags: a call to Kevin Lopez, who asked for contact to cease.
  {
    id: 'demo-decision-10',
    check: {
      accountId: 'ACC-US-006-1',
      channel: 'call',
      to: '+17162575824',
      at: '2026-11-20T15:30:00Z',
    },
  },
  // Denied: a text to Christopher Nguyen, who opted out of texts.
  {
    id: 'demo-decision-11',
    check: {
      accountId: 'ACC-US-012-1',
      channel: 'sms',
      to: '+15127561135',
      message: 'Hi Christopher, this is Hudson Credit. Please call us back. Reply STOP to opt out.',
      at: '2026-11-20T16:00:00Z',
    },
  },
];

/**
 * Runs the demo's guard checks through the guard itself, with the policies in force: each is
 * audited like any check (actor `demo`). Meant once, right after the demo data is loaded into an
 * empty store.
 * @example await recordDemoDecisions({ store, registry, clock: () => new Date(), newId })
 */
export async function recordDemoDecisions(
  deps: Omit<GuardDeps, 'newId'>,
): Promise<GuardCheckResult[]> {
  const results: GuardCheckResult[] = [];
  // One after another: the audit chain then holds them in the order listed.
  for (const { id, check } of DEMO_DECISIONS)
    results.push(await checkGuard({ ...deps, newId: () => id }, { ...check, actor: DEMO_ACTOR }));
  return results;
}
