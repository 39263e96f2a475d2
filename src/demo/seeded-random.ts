/**
 * A seeded pseudo-random generator (mulberry32): small, fast and well mixed, so synthetic data,
 * demo data and benchmarks are the same on every run. Not for anything secret.
 * @example const next = seededRandom(42); next() // 0 ≤ x < 1, the same sequence every time
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
