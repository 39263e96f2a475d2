import type { WordedMessage } from '../domain/model/coded-message.js';
import type { IssueMessage } from '../domain/model/issue-message.js';

/** A configuration problem's arguments: the variable at fault, figures, names, a nested issue. */
export type ConfigParams = {
  readonly [name: string]: string | number | readonly string[] | readonly IssueMessage[];
};

/**
 * A configuration problem as a catalogue code (`config_*`) with its arguments, worded per language
 * at the edge; `message` is the English, for logs. `params.variable` names the variable at fault.
 */
export type ConfigProblem = WordedMessage<ConfigParams & { readonly variable: string }>;

/**
 * A configuration problem.
 * @example configProblem('config_not_set', { variable: 'NEO4J_PASSWORD' }, 'NEO4J_PASSWORD is not set')
 */
export function configProblem(
  code: string,
  params: ConfigParams & { readonly variable: string },
  message: string,
): ConfigProblem {
  return { code, params, message };
}

/** Configuration problems met while starting: thrown past code that only knows how to fail. */
export class ConfigProblemsError extends Error {
  override readonly name: string = 'ConfigProblemsError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}
