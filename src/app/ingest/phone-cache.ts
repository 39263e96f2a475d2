import { normalisePhone, type PhoneResult } from '../../domain/phone/normalise-phone.js';

/**
 * Distinct numbers remembered (about 150 bytes each, so ~15 MB at the cap): an import repeats
 * shared household lines, hubs and attorneys' numbers, while memory must stay flat on any file.
 */
const DEFAULT_CAP = 100_000;

/**
 * `normalisePhone` memoised per (region, number) within one import: the parse with full
 * metadata is a tenth of an import's time, and the function is pure. The oldest entry is
 * dropped once the cache is full. Results are shared: callers copy, never mutate them.
 */
export class PhoneCache {
  private readonly results = new Map<string, PhoneResult>();

  constructor(private readonly cap = DEFAULT_CAP) {}

  /** The number normalised with `region`, as `normalisePhone` would return it. */
  readonly normalise = (raw: string, region?: string): PhoneResult => {
    const key = `${region ?? ''}\u0000${raw}`;
    let result = this.results.get(key);
    if (result === undefined) {
      result = normalisePhone(raw, region);
      if (this.results.size >= this.cap) {
        const oldest = this.results.keys().next().value;
        if (oldest !== undefined) this.results.delete(oldest);
      }
      this.results.set(key, result);
    }
    return result;
  };

  /** Distinct numbers held. */
  get size(): number {
    return this.results.size;
  }
}
