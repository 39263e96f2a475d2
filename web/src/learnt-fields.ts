import { el } from './dom.js';
import { lang, t } from './i18n.js';
import type { AddressField } from './learnt.js';

/**
 * The "what did you learn" part of the outcome form: a new number, a new address, a new employer
 * (with its switchboard), and who said so (a person id; empty means the person reached).
 */
export function learntFields(country: string): HTMLElement {
  const input = (name: string, label: string, attrs: Record<string, string | number> = {}) =>
    el('label', {}, label, el('input', { name, maxlength: 256, ...attrs }));
  return el(
    'fieldset',
    { class: 'learnt' },
    el('legend', {}, t('learntTitle')),
    el(
      'div',
      { class: 'row' },
      input('learntPhone', t('learntPhone'), { type: 'tel', maxlength: 32 }),
      input('learntFrom', t('learntFrom'), { maxlength: 44, placeholder: t('learntFromHint') }),
    ),
    el(
      'div',
      { class: 'row' },
      input('learntLine', t('learntAddress')),
      input('learntCity', t('learntCity'), { maxlength: 128 }),
      input('learntCountry', t('learntCountry'), { maxlength: 2, size: 3, value: country }),
    ),
    el(
      'div',
      { class: 'row' },
      input('learntEmployer', t('learntEmployer')),
      input('learntEmployerPhone', t('learntEmployerPhone'), { type: 'tel', maxlength: 32 }),
    ),
  );
}

/**
 * Tells the collector which fields a begun address still needs: each is marked invalid (the first
 * one focused), and the notice names them; typing in a field clears its mark.
 */
export function incompleteAddress(
  form: HTMLFormElement,
  missing: readonly AddressField[],
): HTMLElement {
  const labels: string[] = [];
  for (const name of missing) {
    const input = form.querySelector<HTMLInputElement>(`input[name=${name}]`);
    input?.setAttribute('aria-invalid', 'true');
    input?.addEventListener('input', () => input.removeAttribute('aria-invalid'), { once: true });
    labels.push(t(name === 'learntLine' ? 'learntAddress' : name));
  }
  form.querySelector<HTMLInputElement>(`input[name=${missing[0]}]`)?.focus();
  const fields = new Intl.ListFormat(lang(), { type: 'conjunction' }).format(labels);
  return el(
    'div',
    { class: 'notice warn', role: 'alert' },
    t('learntAddressIncomplete', { fields }),
  );
}
