import { ApiFailure } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

/** An error as a visible notice, with the service's code and message. */
export function errorNotice(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiFailure ? error.code : undefined;
  return el('div', { class: 'notice error', role: 'alert' }, el('strong', {}, `${t('error')}: `), message, code ? el('code', { class: 'code' }, code) : null);
}

/** A loading placeholder. */
export function loading(): HTMLElement {
  return el('div', { class: 'muted loading' }, t('loading'));
}
