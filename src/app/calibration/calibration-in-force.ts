import { type Calibration, reliabilitiesOf } from '../../domain/ranking/calibration-file.js';
import { DEFAULT_RELIABILITIES, type Reliabilities } from '../../domain/ranking/reliabilities.js';

/** The calibration the ranking uses, where it was read from, and the reliabilities it yields. */
export interface CalibrationInForce {
  calibration?: Calibration;
  /** The file it was read from (or where one would be read from, when the defaults are in force). */
  path?: string;
  reliabilities: Reliabilities;
}

/** The documented defaults, in force until a portfolio is calibrated. */
export function defaultsInForce(path?: string): CalibrationInForce {
  return { reliabilities: DEFAULT_RELIABILITIES, ...(path ? { path } : {}) };
}

/** A calibration read from `path`, in force. */
export function calibrationInForce(calibration: Calibration, path?: string): CalibrationInForce {
  return { calibration, reliabilities: reliabilitiesOf(calibration), ...(path ? { path } : {}) };
}

/** The reliabilities as plain values: per source, per relation, per age bucket, and the employment hop. */
export interface ReliabilityValues {
  source: Record<string, number>;
  relation: Record<string, number>;
  age: { fromDays: number; factor: number }[];
  employment: number;
}

/** What GET /v1/ranking/calibration answers: which values rank routes, and the fit's report when one is in force. */
export interface CalibrationView {
  inForce: 'defaults' | 'calibration';
  path?: string;
  id?: string;
  format?: string;
  version?: number;
  fittedAt?: string;
  attempts?: number;
  samples?: number;
  priorStrength?: number;
  reliabilities: ReliabilityValues;
  defaults: ReliabilityValues;
  support?: Calibration['support'];
  report?: Calibration['report'];
}

function plain(r: Reliabilities): ReliabilityValues {
  return {
    source: { ...r.source },
    relation: { ...r.relation },
    age: r.age.map((a) => ({ ...a })),
    employment: r.employment,
  };
}

/** The view of the calibration in force. */
export function calibrationView(inForce: CalibrationInForce): CalibrationView {
  const c = inForce.calibration;
  const view: CalibrationView = {
    inForce: c ? 'calibration' : 'defaults',
    reliabilities: plain(inForce.reliabilities),
    defaults: plain(DEFAULT_RELIABILITIES),
    ...(inForce.path ? { path: inForce.path } : {}),
  };
  if (!c) return view;
  return {
    ...view,
    id: c.id,
    format: c.format,
    version: c.version,
    fittedAt: c.fittedAt,
    attempts: c.attempts,
    samples: c.samples,
    priorStrength: c.priorStrength,
    support: c.support,
    report: c.report,
  };
}
