import type { Lang } from '../messages/language.js';
import { type MessageParams, renderMessage } from '../messages/render-message.js';

/** What has a `--help`: `skipgraph` itself and each of its commands (catalogue code `cli_help_<topic>`). */
export type HelpTopic =
  | 'skipgraph'
  | 'serve'
  | 'import'
  | 'routes'
  | 'worklist'
  | 'policy'
  | 'migrate'
  | 'audit'
  | 'retention'
  | 'calibrate';

/**
 * The `--help` of `topic` in `lang`, without a final newline (each command prints it its own way).
 * @example helpText('zh-CN', 'audit') // '用法：skipgraph audit verify …'
 */
export function helpText(lang: Lang, topic: HelpTopic, params: MessageParams = {}): string {
  return renderMessage(lang, `cli_help_${topic}`, params);
}
