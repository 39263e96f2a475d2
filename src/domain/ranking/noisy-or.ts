/** Combines independent chances that each path works into the chance that at least one does: 1 − Π(1 − pᵢ). */
export function noisyOr(probabilities: readonly number[]): number {
  let miss = 1;
  for (const p of probabilities) miss *= 1 - Math.min(1, Math.max(0, p));
  return 1 - miss;
}
