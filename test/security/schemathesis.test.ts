import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, stopAccepting } from '../../src/node/http-listener.js';
import { KEYS } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/** The schemathesis `.ci/run` installs (pinned in .ci/fuzz-requirements.txt), else one on PATH. */
function schemathesisBin(): string | undefined {
  const candidates = [process.env.SCHEMATHESIS, '.venv/bin/schemathesis', 'schemathesis'];
  for (const bin of candidates) {
    if (!bin) continue;
    if (bin.includes('/') ? existsSync(bin) : spawnSync(bin, ['--version']).status === 0)
      return bin;
  }
  return undefined;
}

const BIN = schemathesisBin();
const REQUIRED = process.env.CI === 'true';
if (!BIN && !REQUIRED)
  console.warn(
    'schemathesis not installed: the API fuzzing test is skipped (bash .ci/run installs it)',
  );

/** Runs schemathesis to its end, with its output. */
function run(bin: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const env = {
      ...process.env,
      NO_COLOR: '1',
      // Serializers for NDJSON and CSV bodies (POST /v1/ingest), which schemathesis has none for.
      SCHEMATHESIS_HOOKS: 'fuzz_hooks',
      PYTHONPATH: 'test/security',
    };
    const child = spawn(bin, args, { env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe.runIf(BIN || REQUIRED)('fuzzing from the API description (schemathesis)', () => {
  let svc: ServiceHarness;
  let server: Awaited<ReturnType<typeof listen>>['server'];
  let port: number;
  beforeAll(async () => {
    svc = await serviceHarness({ limits: { authFailuresPerMinute: 1_000_000 } });
    ({ server, port } = await listen(svc.app.fetch, { host: '127.0.0.1', port: 0 }));
  });
  afterAll(async () => {
    await stopAccepting(server, 1000);
    await svc.close();
  });

  it('every operation, valid and invalid data and the links between them: no 5xx, every answer as documented', async () => {
    expect(BIN, 'schemathesis is required when CI=true: bash .ci/run installs it').toBeDefined();
    const report = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'report.json');
    const { code, out } = await run(BIN ?? 'schemathesis', [
      'run',
      `http://127.0.0.1:${port}/openapi.json`,
      '--header',
      `Authorization: Bearer ${KEYS.admin}`,
      '--checks',
      'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
      '--phases',
      'examples,coverage,fuzzing,stateful',
      '--max-examples',
      '25',
      '--max-time',
      '150',
      '--seed',
      '20261202',
      // One worker: with two, hypothesis describes strategies from two threads at once, and
      // CPython 3.11's ast.parse is not safe for that ("AST constructor recursion depth
      // mismatch", a runtime error of the fuzzer, not a finding about the API).
      '--workers',
      '1',
      '--generation-database',
      'none',
      '--no-color',
      '--report',
      'json',
      '--report-json-path',
      report,
    ]);
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, 'utf8')) as {
        operations: { tested: number; total: number };
        test_cases: { generated: number; with_failures: number; errored: number };
      };
      console.info(
        `schemathesis: ${r.operations.tested}/${r.operations.total} operations, ${r.test_cases.generated} test cases, ${r.test_cases.with_failures} with failures, ${r.test_cases.errored} errored (exit ${code})`,
      );
    }
    expect(code, out.slice(-6000)).toBe(0);
  }, 400_000);
});
