import { type MessageParams, renderMessage } from '../messages/render-message.js';

/**
 * A command-line mistake: a catalogue code and its params, printed in the CLI's language with the
 * command's usage, exit code 1. Its `message` is the English, for tests and logs.
 * @example throw new UsageError('cli_unexpected_argument', { arg: 'extra' })
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly code: string,
    readonly params: MessageParams = {},
  ) {
    super(renderMessage('en', code, params));
  }
}
