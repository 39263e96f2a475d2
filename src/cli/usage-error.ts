/** A command-line mistake: printed with the command's usage, exit code 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
