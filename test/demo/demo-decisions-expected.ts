// The demo's decisions as the guard must make them under policies/: a policy change that alters one
// fails the tests that import this (the audit after set-up, the compliance page).

/** What each demo check must come to under the policies in policies/: outcome, `rule:code` verdicts, policies applied. */
export const EXPECTED: Record<
  string,
  { outcome: 'allow' | 'deny'; verdicts: string[]; policies: string[] }
> = {
  'demo-decision-01': { outcome: 'allow', verdicts: [], policies: ['cn-collection'] },
  'demo-decision-02': {
    outcome: 'deny',
    verdicts: ['cn.hours:outside_hours'],
    policies: ['cn-collection'],
  },
  'demo-decision-03': {
    outcome: 'deny',
    verdicts: ['cn.language:banned_language'],
    policies: ['cn-collection'],
  },
  'demo-decision-04': {
    outcome: 'deny',
    verdicts: ['cn.third_party:discloses_debt'],
    policies: ['cn-collection'],
  },
  'demo-decision-05': {
    outcome: 'deny',
    verdicts: ['cn.stop:deceased_estate_only'],
    policies: ['cn-collection'],
  },
  'demo-decision-06': { outcome: 'allow', verdicts: [], policies: ['us-ny-nyc', 'us-reg-f'] },
  'demo-decision-07': {
    outcome: 'deny',
    verdicts: ['us.language:banned_language'],
    policies: ['us-ny-nyc', 'us-reg-f'],
  },
  'demo-decision-08': {
    outcome: 'deny',
    verdicts: ['us.third_party:discloses_debt'],
    policies: ['us-ny-nyc', 'us-reg-f'],
  },
  'demo-decision-09': {
    outcome: 'deny',
    verdicts: ['us.hours:outside_hours'],
    policies: ['us-reg-f'],
  },
  'demo-decision-10': {
    outcome: 'deny',
    verdicts: ['us.stop:cease_contact'],
    policies: ['us-reg-f'],
  },
  'demo-decision-11': {
    outcome: 'deny',
    verdicts: ['us.stop:recipient_opted_out'],
    policies: ['us-reg-f'],
  },
};
