import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function buffer(): { out: (t: string) => void; err: (t: string) => void; text: string[] } {
  const text: string[] = [];
  return { out: (t) => void text.push(`out:${t}`), err: (t) => void text.push(`err:${t}`), text };
}

describe('CLI output and entry', () => {
  it('importing src/cli/main.ts runs nothing; main() is called explicitly', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    const before = process.exitCode;
    const { main } = await import('../../src/cli/main.js');
    await new Promise((r) => setTimeout(r, 50));
    expect(write).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(before);
    write.mockImplementation(() => true);
    // The help follows the locale: this checks the English one.
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) vi.stubEnv(name, '');
    expect(await main(['--help'])).toBe(0);
    expect(String(write.mock.calls[0]?.[0])).toContain('Usage: skipgraph <command>');
  });

  it('policy writes to the output it is given, not to the process streams', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const io = buffer();
    expect(await runPolicyCommand(['lint', 'policies/us-reg-f.yaml', 'no-such.yaml'], io, {})).toBe(
      1,
    );
    expect(io.text[0]).toMatch(/^out:policies\/us-reg-f\.yaml: ok \(us-reg-f@/);
    expect(io.text[1]).toMatch(/^err:no-such\.yaml: cannot be read \(ENOENT\)/);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });
});
