import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * One temporary directory for the whole test run: every test file's mkdtemp (databases, policy
 * copies, browser profiles, CLI scratch) and every process a test starts lands below it, because
 * TMPDIR is set before the test processes are forked. Teardown removes it, so a run leaves
 * nothing behind in the machine's temporary directory, even when a test fails before its own
 * clean-up.
 */

/** The vitest global setup: see the comment above. */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'skipgraph-test-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
