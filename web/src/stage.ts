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
