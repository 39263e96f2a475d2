/** Collection stage buckets by days past due (the M1/M2… buckets collectors work in). */
export type Stage = 'current' | 'early' | 'mid' | 'late' | 'writeoff';

/** The stage of an account from its days past due. */
export function stageOf(daysPastDue: number): Stage {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'early';
  if (daysPastDue <= 90) return 'mid';
  if (daysPastDue <= 180) return 'late';
  return 'writeoff';
}

/**
 * The order the worklist works stages in: early buckets first (they roll forward fastest and
 * recover best, so a day's delay costs most there), accounts not yet past due last.
 */
export const WORK_ORDER: readonly Stage[] = ['early', 'mid', 'late', 'writeoff', 'current'];

/** The smallest days past due of each stage, for turning a stage into a due-date range. */
export const STAGE_FROM_DAYS: Readonly<Record<Stage, number>> = {
  current: 0,
  early: 1,
  mid: 31,
  late: 91,
  writeoff: 181,
};
