/** A provider rate: at most `count` hand-overs in any `periodMs` window. */
export interface RateSpec {
  count: number;
  periodMs: number;
}

export type RateSpecResult =
  | { ok: true; rate: RateSpec }
  | { ok: false; code: 'invalid_rate_spec'; message: string };

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
  const fail = (why: string): RateSpecResult => ({
    ok: false,
    code: 'invalid_rate_spec',
    message: `rate "${text}" ${why}; write COUNT/UNIT like 10/s, 600/min, 5/10s or 1000/hour (units: ms, s, min, h, day)`,
  });
  if (!match) return fail('is not COUNT/PERIOD');
  const count = Number(match[1]);
  const multiple = match[2] === undefined ? 1 : Number(match[2]);
  const word = match[3] ?? '';
  // Plurals (`hours`, `mins`) name the same unit; `ms` and `s` are units of their own.
  const unit = UNIT_MS[word] ?? (word.endsWith('s') ? UNIT_MS[word.slice(0, -1)] : undefined);
  if (unit === undefined) return fail(`has an unknown unit "${word}"`);
  if (!Number.isSafeInteger(count) || count < 1) return fail('must allow at least 1');
  if (!Number.isSafeInteger(multiple) || multiple < 1)
    return fail('needs a period of at least 1 unit');
  return { ok: true, rate: { count, periodMs: multiple * unit } };
}

export type ProviderRatesResult =
  | { ok: true; rates: Record<string, RateSpec> }
  | { ok: false; problems: string[] };

/**
 * Parses every per-channel rate (from `SKIPGRAPH_RATE_<CHANNEL>`), naming each bad one.
 * @example parseProviderRates({ sms: '10/s' }) // { ok: true, rates: { sms: { count: 10, periodMs: 1000 } } }
 */
export function parseProviderRates(specs: Readonly<Record<string, string>>): ProviderRatesResult {
  const rates: Record<string, RateSpec> = {};
  const problems: string[] = [];
  for (const [channel, text] of Object.entries(specs)) {
    const parsed = parseRateSpec(text);
    if (parsed.ok) rates[channel] = parsed.rate;
    else problems.push(`SKIPGRAPH_RATE_${channel.toUpperCase()}: ${parsed.message}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rates };
}
