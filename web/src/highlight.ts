import { el } from './dom.js';
import type { SpanMatch } from './types.js';

/** Merges overlapping spans so each character is marked at most once. */
function merged(
  spans: SpanMatch[],
  length: number,
): { start: number; end: number; category: string }[] {
  const sorted = spans
    .map((s) => ({
      start: Math.max(0, s.start),
      end: Math.min(length, s.end),
      category: s.category,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number; category: string }[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.category.split(', ').includes(span.category)) last.category += `, ${span.category}`;
    } else out.push({ ...span });
  }
  return out;
}

/**
 * The message as text with each banned span wrapped in `<mark>` (its category as the tooltip).
 * @example highlightSpans('还钱否则…', [{ start: 2, end: 4, category: 'threat', … }])
 */
export function highlightSpans(message: string, spans: SpanMatch[]): HTMLElement {
  const out = el('p', { class: 'message-preview' });
  let at = 0;
  for (const span of merged(spans, message.length)) {
    if (span.start > at) out.append(message.slice(at, span.start));
    out.append(
      el(
        'mark',
        { title: span.category, 'data-category': span.category },
        message.slice(span.start, span.end),
      ),
    );
    at = span.end;
  }
  if (at < message.length) out.append(message.slice(at));
  return out;
}
