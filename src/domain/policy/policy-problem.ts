/** One thing wrong with a policy file, located for the person who edits it. */
export interface PolicyProblem {
  file: string;
  /** Where in the document, like `rules[2].window`; empty for the whole file. */
  path: string;
  /** 1-based line and column, when the problem points into the text. */
  line?: number;
  column?: number;
  code: string;
  message: string;
}

/** `file:line:column path: message`, the form editors and CI logs link. */
export function formatProblem(problem: PolicyProblem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where} ${problem.path === '' ? '' : `${problem.path}: `}${problem.message} [${problem.code}]`;
}
