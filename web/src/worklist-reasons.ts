import type { WorklistItem } from './types.js';

/**
 * The reasons a worklist row lists below its promise line: the service names the promise among the
 * row's reasons too, and the row shows it once, as its own line.
 * @example reasonsBesidePromise(item).map(explain)
 */
export function reasonsBesidePromise(
  item: Pick<WorklistItem, 'why' | 'promise'>,
): WorklistItem['why'] {
  const promise = item.promise;
  if (!promise) return item.why;
  return item.why.filter((w) => w.code !== promise.code);
}
