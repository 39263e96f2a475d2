import { type ConfigProblem, configProblem } from '../../config/config-problem.js';

/** A provider rate: at most `count` hand-overs in any `periodMs` window. */
export interface RateSpec {
  count: number;
  periodMs: number;
}

/** Why a rate is refused: not COUNT/PERIOD, an unknown unit, a count or a period under 1. */
export type RateSpecFault = 'shape' | 'unit' | 'count' | 'period';

export type RateSpecResult =
  | { ok: true; rate: RateSpec }
  | { ok: false; code: 'invalid_rate_spec'; fault: RateSpecFault; unit: string; message: string };

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
};

const SPEC = /^(\d+)\s*\/\s*(\d+)?\s*([a-z]+)$/;

/**
 * Parses a rate such as `10/s`, `600/min`, `5/10s` or `1000/hour`.
 * @example parseRateSpec('10/s') // { ok: true, rate: { count: 10, periodMs: 1000 } }
 */
export function parseRateSpec(text: string): RateSpecResult {
  const spec = text.trim().toLowerCase();
  const match = SPEC.exec(spec);
  const word = match?.[3] ?? '';
  const fail = (fault: RateSpecFault, why: string): RateSpecResult => ({
    ok: false,
    code: 'invalid_rate_spec',
    fault,
    unit: word,
    message: `rate "${text}" ${why}; write COUNT/UNIT like 10/s, 600/min, 5/10s or 1000/hour (units: ms, s, min, h, day)`,
  });
  if (!match) return fail('shape', 'is not COUNT/PERIOD');
  const count = Number(match[1]);
  const multiple = match[2] === undefined ? 1 : Number(match[2]);
  // Plurals (`hours`, `mins`) name the same unit; `ms` and `s` are units of their own.
  const unit = UNIT_MS[word] ?? (word.endsWith('s') ? UNIT_MS[word.slice(0, -1)] : undefined);
  if (unit === undefined) return fail('unit', `has an unknown unit "${word}"`);
  if (!Number.isSafeInteger(count) || count < 1) return fail('count', 'must allow at least 1');
  if (!Number.isSafeInteger(multiple) || multiple < 1)
    return fail('period', 'needs a period of at least 1 unit');
  return { ok: true, rate: { count, periodMs: multiple * unit } };
}

export type ProviderRatesResult =
  | { ok: true; rates: Record<string, RateSpec> }
  | { ok: false; problems: ConfigProblem[] };

/**
 * Parses every per-channel rate (from `SKIPGRAPH_RATE_<CHANNEL>`), naming each bad one.
 * @example parseProviderRates({ sms: '10/s' }) // { ok: true, rates: { sms: { count: 10, periodMs: 1000 } } }
 */
export function parseProviderRates(specs: Readonly<Record<string, string>>): ProviderRatesResult {
  const rates: Record<string, RateSpec> = {};
  const problems: ConfigProblem[] = [];
  for (const [channel, text] of Object.entries(specs)) {
    const parsed = parseRateSpec(text);
    if (parsed.ok) {
      rates[channel] = parsed.rate;
      continue;
    }
    const variable = `SKIPGRAPH_RATE_${channel.toUpperCase()}`;
    problems.push(
      configProblem(
        'config_rate',
        { variable, rate: text, fault: parsed.fault, unit: parsed.unit },
        `${variable}: ${parsed.message}`,
      ),
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rates };
}
