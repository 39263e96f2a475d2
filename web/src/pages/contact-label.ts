import { el } from '../dom.js';
import { contactKey } from '../route-paths.js';
import type { Route } from '../types.js';

/**
 * A contact point as a collector reads it: a number or email as it is; an address by its street
 * and city from `labels` (node key → words), its id beside it; an address the picture does not
 * hold keeps its id alone.
 */
export function contactLabel(
  contact: Route['contact'],
  labels: ReadonlyMap<string, string>,
): HTMLElement {
  const words = contact.kind === 'address' ? labels.get(contactKey({ contact })) : undefined;
  if (words === undefined) return el('code', {}, contact.value);
  return el(
    'span',
    { class: 'address-label' },
    words,
    ' ',
    el('code', { class: 'muted small' }, contact.value),
  );
}
