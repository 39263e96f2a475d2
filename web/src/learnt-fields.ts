import { el } from './dom.js';
import { t } from './i18n.js';

/** The facts a collector learnt in the call, as the outcome API takes them (`learnt`). */
export interface Learnt {
  phones?: { phone: string; from?: string }[];
  addresses?: {
    address: { id: string; line: string; city: string; region: string; country: string };
    from?: string;
  }[];
  employers?: { employer: { id: string; name: string }; phone?: string; from?: string }[];
}

/** A new id for a learnt address or employer: the service keys them, the collector should not have to. */
function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
}

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

/** The learnt facts the form's values hold; undefined when the collector learnt nothing. */
export function learntOf(v: Record<string, string>): Learnt | undefined {
  const from = v.learntFrom ? { from: v.learntFrom } : {};
  const learnt: Learnt = {};
  if (v.learntPhone) learnt.phones = [{ phone: v.learntPhone, ...from }];
  if (v.learntLine && v.learntCity)
    learnt.addresses = [
      {
        address: {
          id: newId('ADDR'),
          line: v.learntLine,
          city: v.learntCity,
          region: '',
          country: (v.learntCountry ?? '').toUpperCase(),
        },
        ...from,
      },
    ];
  if (v.learntEmployer)
    learnt.employers = [
      {
        employer: { id: newId('EMP'), name: v.learntEmployer },
        ...(v.learntEmployerPhone ? { phone: v.learntEmployerPhone } : {}),
        ...from,
      },
    ];
  return Object.keys(learnt).length > 0 ? learnt : undefined;
}
