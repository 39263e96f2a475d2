/**
 * A period given by its two ends (an address lived at from–to, evidence first–last seen): an end
 * before its start is a swapped or mistyped date, and a period that ends before it starts would
 * make a past address look current (or a current one past) to the ranking's recency.
 */

/** True unless both ends are given and `end` is earlier than `start` (ISO-8601 dates or date-times). */
export function isPeriodInOrder(start: string | undefined, end: string | undefined): boolean {
  if (start === undefined || end === undefined) return true;
  const [a, b] = [Date.parse(start), Date.parse(end)];
  // An unreadable end is the date schema's to report, not this rule's.
  return Number.isNaN(a) || Number.isNaN(b) || a <= b;
}
