import type { Lang } from '../messages/language.js';
import { type MessageParams, renderMessage } from '../messages/render-message.js';

/** Something worded by a code: a use case's error, a rejected import line. */
interface Worded {
  code: string;
  message: string;
  params?: MessageParams | undefined;
}

/**
 * The words for an error or problem in the CLI's language: the catalogue's for its code and
 * params, else (a code the catalogue cannot fill) its English message.
 * @example wordsFor('zh-CN', new AppError('not_found', 'person_not_found', 'no person with id P9', { params: { id: 'P9' } }))
 */
export function wordsFor(lang: Lang, worded: Worded): string {
  if (!worded.params) return worded.message;
  const text = renderMessage(lang, worded.code, worded.params);
  return text === worded.code ? worded.message : text;
}
