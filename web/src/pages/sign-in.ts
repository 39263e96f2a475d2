import { el, formValues, replace } from '../dom.js';
import { t } from '../i18n.js';
import { errorNotice } from '../notice.js';

/** The sign-in form; `onKey` checks the key with the service and rejects when it is not accepted. */
export function signInPage(
  root: HTMLElement,
  onKey: (key: string) => Promise<void>,
  failure?: unknown,
): void {
  const status = el('div', { class: 'sign-in-status' }, failure ? errorNotice(failure) : null);
  const form = el(
    'form',
    { class: 'sign-in', id: 'sign-in' },
    el(
      'label',
      { class: 'block' },
      t('apiKey'),
      el('input', {
        name: 'key',
        type: 'password',
        autocomplete: 'off',
        required: true,
        autofocus: true,
      }),
    ),
    el('button', { type: 'submit', class: 'primary' }, t('signIn')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The key as typed, without the spaces around it; only spaces is no key at all.
    const key = formValues(form).key;
    if (!key) {
      replace(status, el('div', { class: 'notice warn', role: 'alert' }, t('keyNeeded')));
      form.querySelector('input')?.focus();
      return;
    }
    replace(status);
    onKey(key).catch((error: unknown) => replace(status, errorNotice(error)));
  });
  replace(
    root,
    el(
      'section',
      { class: 'card narrow' },
      el('h2', {}, t('signInTitle')),
      el('p', { class: 'muted' }, t('signInHelp')),
      form,
      el('p', { class: 'muted small' }, t('demoKeys')),
    ),
  );
}
