import { setFlagsFromString } from 'node:v8';

/**
 * Sets V8's heap growing factor for this process to 1 + percent/100 (0 leaves V8's own choice;
 * the default and its reason are beside SKIPGRAPH_HEAP_GROWTH in config.ts). V8 reads the flag
 * each time it computes the next full collection's limit, so setting it after start-up holds.
 */
export function boundHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.floor(percent)}`);
}
