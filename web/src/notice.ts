import { ApiFailure } from './api.js';
import { el } from './dom.js';
import { t, tr } from './i18n.js';

/**
 * An error as a visible notice: "Error: " ("错误：" in Chinese), the message (in the workbench's
 * language when the code is one it knows, else as the service said it), then apart from it the
 * service's code, small and muted.
 */
export function errorNotice(error: unknown): HTMLElement {
  const code = error instanceof ApiFailure ? error.code : undefined;
  const known = code === undefined ? undefined : tr('err_', code);
  const message =
    known !== undefined && known !== code
      ? known
      : error instanceof Error
        ? error.message
        : String(error);
  const details = error instanceof ApiFailure ? problems(error.details) : [];
  return el(
    'div',
    { class: 'notice error', role: 'alert' },
    el('strong', {}, t('errorLabel')),
    el('span', { class: 'message' }, message),
    code ? ' ' : null,
    code ? el('code', { class: 'code muted small' }, code) : null,
    details.length > 0
      ? el(
          'ul',
          { class: 'problems' },
          details.map((d) => el('li', {}, d)),
        )
      : null,
  );
}

/** Problems an error carries (e.g. an invalid policy's, located by line and path), as lines of text. */
function problems(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (!d || typeof d !== 'object') return [];
    const p = d as { line?: unknown; column?: unknown; path?: unknown; message?: unknown };
    if (typeof p.message !== 'string') return [];
    const where = [
      typeof p.line === 'number'
        ? `${t('line')} ${p.line}${typeof p.column === 'number' ? `:${p.column}` : ''}`
        : '',
      typeof p.path === 'string' ? p.path : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [where ? `${where}: ${p.message}` : p.message];
  });
}

/** A loading placeholder. */
export function loading(): HTMLElement {
  return el('div', { class: 'muted loading' }, t('loading'));
}

/**
 * The attempt's id beside a sent notice, set back: the collector needs the outcome form, while the
 * id is what the audit log and support look the attempt up by.
 */
export function attemptIdTag(id: string): HTMLElement {
  return el('code', { class: 'muted small attempt-id', title: t('attemptId') }, id);
}
