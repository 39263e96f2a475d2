import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ReportLine } from '../../app/policy/policy-test-lines.js';
import { formatReport, runPolicyTests } from '../../app/policy/policy-test-runner.js';
import { parsePolicy } from '../../domain/policy/parse-policy.js';
import { formatProblem, type PolicyProblem } from '../../domain/policy/policy-problem.js';
import { textIn } from '../../domain/policy/policy-text.js';
import { renderMessage } from '../../messages/render-message.js';
import { cliLang } from '../cli-lang.js';
import { type CliOutput, processOutput } from '../cli-output.js';
import { helpText } from '../help-text.js';
import { UsageError } from '../usage-error.js';

/**
 * `skipgraph policy test|lint …`: writes to `output` (default the process's streams) and returns the
 * exit code (0 ok, 1 failures or problems).
 * @example process.exitCode = await runPolicyCommand(['test', 'policies'])
 */
export async function runPolicyCommand(
  argv: string[],
  output: CliOutput = processOutput(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { out, err } = output;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
      lang: { type: 'string' },
    },
  });
  const [sub, ...rest] = positionals;
  const lang = cliLang(values.lang, env);
  const word = (p: PolicyProblem): string => renderMessage(lang, p.code, p.params);
  if (values.help || sub === undefined) {
    out(`${helpText(lang, 'policy')}\n`);
    return values.help ? 0 : 1;
  }
  if (sub === 'test') {
    if (rest.length > 1) throw new UsageError('cli_policy_test_one_dir');
    const report = await runPolicyTests(rest[0] ?? 'policies');
    const words = (t: ReportLine | PolicyProblem): string => renderMessage(lang, t.code, t.params);
    const text = formatReport(report, values.verbose === true, words);
    (report.failed > 0 ? err : out)(text);
    return report.failed > 0 ? 1 : 0;
  }
  if (sub === 'lint') {
    if (rest.length === 0) throw new UsageError('cli_policy_lint_needs_file');
    let problems = 0;
    for (const file of rest) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'error';
        err(`${renderMessage(lang, 'cli_policy_unreadable', { file, reason })}\n`);
        problems++;
        continue;
      }
      const parsed = parsePolicy(file, text);
      if (parsed.ok) {
        const { policy, version } = parsed.loaded;
        const ok = {
          file,
          id: policy.id,
          version,
          rules: String(policy.rules.length),
          name: textIn(policy.name, lang),
        };
        out(`${renderMessage(lang, 'cli_policy_ok', ok)}\n`);
      } else {
        for (const p of parsed.problems) err(`${formatProblem(p, word(p))}\n`);
        problems += parsed.problems.length;
      }
    }
    return problems > 0 ? 1 : 0;
  }
  throw new UsageError('cli_policy_subcommand', { name: String(sub) });
}
