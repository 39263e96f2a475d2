/** Where a command writes: its normal output and its errors (the process's streams, or a test's buffer). */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The process's stdout and stderr, the default of every command. */
export function processOutput(): CliOutput {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}
