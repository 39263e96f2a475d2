import {
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  type Calibration,
} from '../../domain/ranking/calibration-file.js';
import { fitReliabilities } from '../../domain/ranking/calibration-fit.js';
import { calibrationReport } from '../../domain/ranking/calibration-report.js';
import type { CalibrationSample } from '../../domain/ranking/calibration-sample.js';
import { CALIBRATION_PRIOR_STRENGTH } from '../../domain/ranking/ranking-parameters.js';
import { DEFAULT_RELIABILITIES } from '../../domain/ranking/reliabilities.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { portfolioSamples } from './calibration-samples.js';

/** Fits a calibration to given samples (the pure part of calibrateRanking, for tests and benchmarks). */
export function calibrationOf(
  samples: readonly CalibrationSample[],
  attempts: number,
  at: Date,
): Calibration {
  const fit = fitReliabilities(samples, DEFAULT_RELIABILITIES, CALIBRATION_PRIOR_STRENGTH);
  const stamp = at.toISOString();
  return {
    format: CALIBRATION_FORMAT,
    version: CALIBRATION_VERSION,
    id: `cal-${stamp.replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    fittedAt: stamp,
    attempts,
    samples: samples.length,
    priorStrength: CALIBRATION_PRIOR_STRENGTH,
    source: { ...fit.rel.source },
    relation: { ...fit.rel.relation },
    age: fit.rel.age.map((a) => ({ ...a })),
    employment: fit.rel.employment,
    support: fit.support,
    report: {
      before: calibrationReport(samples, DEFAULT_RELIABILITIES),
      after: calibrationReport(samples, fit.rel),
    },
  };
}

/**
 * Calibrates the ranking on the portfolio's own outcomes up to `at`: reads every decided attempt,
 * fits the source, relation, age and employment reliabilities (pulled toward the documented defaults) and
 * reports the Brier score and reliability table with the defaults and with the fit.
 * @throws AppError invalid (nothing_to_calibrate) when no attempt has a decided outcome
 */
export async function calibrateRanking(
  deps: { store: GraphReads & AttemptLog },
  at: Date,
): Promise<Calibration> {
  const { attempts, samples } = await portfolioSamples(deps.store, at);
  if (samples.length === 0)
    throw new AppError(
      'invalid',
      'nothing_to_calibrate',
      `no recorded attempt has a decided outcome (of ${attempts} read): the defaults stay`,
      { params: { attempts } },
    );
  return calibrationOf(samples, attempts, at);
}
