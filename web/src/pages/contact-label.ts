import { phoneDisplay } from '../../../src/messages/phone-display.js';
import { el } from '../dom.js';
import { contactKey } from '../route-paths.js';
import type { Route } from '../types.js';

/**
 * A contact point as a collector reads it: a number in international groups (its E.164 form in
 * `data-value`), an email as it is; an address by its street
 * and city from `labels` (node key → words), its id beside it; an address the picture does not
 * hold keeps its id alone.
 */
export function contactLabel(
  contact: Route['contact'],
  labels: ReadonlyMap<string, string>,
): HTMLElement {
  const words = contact.kind === 'address' ? labels.get(contactKey({ contact })) : undefined;
  if (contact.kind === 'phone')
    return el('code', { 'data-value': contact.value }, phoneDisplay(contact.value));
  if (words === undefined) return el('code', {}, contact.value);
  return el(
    'span',
    { class: 'address-label' },
    words,
    ' ',
    el('code', { class: 'muted small' }, contact.value),
  );
}
