import { type CalibrationSample, predictSample } from './calibration-sample.js';
import { RELIABILITY_TABLE_BUCKETS } from './ranking-parameters.js';
import type { Reliabilities } from './reliabilities.js';

/** One row of a reliability table: predictions in [from, to), how many, their mean, and how often the route held. */
export interface ReliabilityRow {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/** How well predictions match outcomes: the Brier score (mean squared error, lower is better) and the reliability table. */
export interface CalibrationReport {
  samples: number;
  brier: number;
  table: ReliabilityRow[];
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Scores the reliabilities on decided attempts: Brier score and a table of predicted tenths vs observed rate. */
export function calibrationReport(
  samples: readonly CalibrationSample[],
  rel: Reliabilities,
): CalibrationReport {
  const n = RELIABILITY_TABLE_BUCKETS;
  const rows = Array.from({ length: n }, (_, i) => ({ i, count: 0, predicted: 0, observed: 0 }));
  let squared = 0;
  let count = 0;
  for (const s of samples) {
    const p = predictSample(s, rel)?.p;
    if (p === undefined) continue;
    const y = s.reached ? 1 : 0;
    squared += (p - y) ** 2;
    count++;
    const row = rows[Math.min(n - 1, Math.floor(p * n))]!;
    row.count++;
    row.predicted += p;
    row.observed += y;
  }
  return {
    samples: count,
    brier: count === 0 ? 0 : round4(squared / count),
    table: rows
      .filter((r) => r.count > 0)
      .map((r) => ({
        from: r.i / n,
        to: (r.i + 1) / n,
        count: r.count,
        meanPredicted: round4(r.predicted / r.count),
        observedRate: round4(r.observed / r.count),
      })),
  };
}
