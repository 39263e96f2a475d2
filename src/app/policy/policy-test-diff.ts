import type { Decision } from '../../domain/guard/decision.js';
import type { PolicyTestCase } from './policy-test-case.js';
import {
  fieldDiff,
  missingReasonLines,
  type ReportLine,
  verdictLine,
} from './policy-test-lines.js';

function sameInstant(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Date.parse(a) === Date.parse(b);
}

/** Compares a decision with a case's expectation; returns the diff lines (empty when it passes). */
export function diffCase(c: PolicyTestCase, decision: Decision): ReportLine[] {
  const diff: ReportLine[] = [];
  // A rule with several failed checks gives several verdicts; the case names each failing rule once.
  const ids = [...new Set(decision.rules.map((r) => `${r.policy}\u0000${r.id}`))].map((key) =>
    key.slice(key.indexOf('\u0000') + 1),
  );
  if (decision.outcome !== c.expect.outcome)
    diff.push(...fieldDiff('outcome', c.expect.outcome, decision.outcome));
  if (c.expect.rules) {
    const want = [...c.expect.rules].sort();
    const got = [...ids].sort();
    if (want.join(',') !== got.join(','))
      diff.push(...fieldDiff('rules', want.join(', '), got.join(', ')));
  }
  if (c.expect.codes) {
    const want = [...new Set(c.expect.codes)].sort();
    const got = [...new Set(decision.rules.map((r) => r.code))].sort();
    if (want.join(',') !== got.join(','))
      diff.push(...fieldDiff('codes', want.join(', '), got.join(', ')));
  }
  if (c.expect.nextAllowedAt !== undefined) {
    const got = decision.rules
      .map((r) => r.nextAllowedAt)
      .filter((t): t is string => t !== undefined);
    const latest = got.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    if (!sameInstant(c.expect.nextAllowedAt, latest)) {
      const want = new Date(c.expect.nextAllowedAt).toISOString();
      diff.push(...fieldDiff('nextAllowedAt', want, latest));
    }
  }
  if (c.expect.categories) {
    const got = new Set(decision.rules.flatMap((r) => (r.matches ?? []).map((m) => m.category)));
    const missing = c.expect.categories.filter((k) => !got.has(k));
    if (missing.length > 0)
      diff.push(...fieldDiff('categories', c.expect.categories.join(', '), [...got].join(', ')));
  }
  if (c.expect.reasonIncludes) {
    const reasons = decision.rules.map((r) => r.reason);
    for (const text of c.expect.reasonIncludes)
      if (!reasons.some((r) => r.includes(text))) diff.push(...missingReasonLines(text));
  }
  if (diff.length > 0) for (const r of decision.rules) diff.push(verdictLine(r));
  return diff;
}
