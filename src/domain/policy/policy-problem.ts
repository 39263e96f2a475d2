import type { WordedMessage } from '../model/coded-message.js';
import type { IssueMessage } from '../model/issue-message.js';

/** A problem's arguments for its catalogue message (src/messages): names, figures, the schema's issue. */
export type ProblemParams = {
  readonly [name: string]: string | number | string[] | IssueMessage[];
};

/** One thing wrong with a policy file, located for the person who edits it. */
export interface PolicyProblem extends WordedMessage<ProblemParams> {
  file: string;
  /** Where in the document, like `rules[2].window`; empty for the whole file. */
  path: string;
  /** 1-based line and column, when the problem points into the text. */
  line?: number;
  column?: number;
}

/** `file:line:column path: message [code]`, the form editors and CI logs link; `message` as worded for the reader. */
export function formatProblem(problem: PolicyProblem, message = problem.message): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where} ${problem.path === '' ? '' : `${problem.path}: `}${message} [${problem.code}]`;
}

/** The problem of a second policy file with an id already in force: that file is ignored. */
export function duplicateIdProblem(file: string, id: string, firstFile: string): PolicyProblem {
  return {
    file,
    path: 'id',
    code: 'policy_duplicate_id',
    message: `policy id "${id}" is already used by ${firstFile}; this file is ignored`,
    params: { id, first: firstFile },
  };
}
