import { parseArgs } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argumentProblem, isParseArgsError } from '../../src/cli/argument-problem.js';
import { runImportCommand } from '../../src/cli/commands/import.js';
import { renderMessage } from '../../src/messages/render-message.js';
import { EN, runMain as run, ZH } from './run-main.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The error parseArgs throws for `args`, as Node words it. */
function parseError(
  args: string[],
  allowPositionals = false,
): ReturnType<typeof argumentProblem> & { message: string } {
  try {
    parseArgs({
      args,
      allowPositionals,
      strict: true,
      options: {
        at: { type: 'string' },
        x: { type: 'string', short: 'x' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { ...argumentProblem(error, args), message: error.message };
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('parseArgs’s complaints are worded by the catalogue, the option named as typed', () => {
  it('reads the option out of Node’s own sentences', () => {
    const problem = (args: string[], positionals = false) => {
      const { code, params } = parseError(args, positionals);
      return { code, params };
    };
    expect(problem(['--nope'])).toEqual({
      code: 'cli_unknown_option',
      params: { option: '--nope', positionals: 'no' },
    });
    expect(problem(['D1', '--nope=1'], true)).toEqual({
      code: 'cli_unknown_option',
      params: { option: '--nope', positionals: 'yes' },
    });
    // An option holding a quote, and an unknown letter inside a group of short flags.
    expect(problem(["--it's"], true).params.option).toBe("--it's");
    expect(problem(["--it's"]).params.option).toBe("--it's");
    expect(problem(['-hq']).params.option).toBe('-q');
    expect(problem(['--at'])).toEqual({
      code: 'cli_option_needs_value',
      params: { option: '--at' },
    });
    expect(problem(['-x']).params).toEqual({ option: '-x' });
    expect(problem(['-hx']).params).toEqual({ option: '-x' });
    expect(problem(['--x']).params).toEqual({ option: '--x' });
    expect(problem(['--at', '--json'])).toEqual({
      code: 'cli_option_value_ambiguous',
      params: { option: '--at', example: '--at=-XYZ' },
    });
    expect(problem(['-x', '-h']).params).toEqual({ option: '-x', example: '--x=-XYZ' });
    expect(problem(['--json=yes'])).toEqual({
      code: 'cli_option_takes_no_value',
      params: { option: '--json' },
    });
    expect(problem(['--help=1']).params).toEqual({ option: '--help' });
    expect(problem(['extra'])).toEqual({
      code: 'cli_unexpected_argument',
      params: { arg: 'extra' },
    });
    expect(problem(['--', '-x'])).toEqual({
      code: 'cli_unexpected_argument',
      params: { arg: '-x' },
    });
  });

  it('falls back to Node’s sentence for a complaint it does not know', () => {
    const unknown = Object.assign(new TypeError('Something new'), {
      code: 'ERR_PARSE_ARGS_SOMETHING_NEW',
    });
    expect(argumentProblem(unknown, [])).toEqual({
      code: 'cli_bad_arguments',
      params: { detail: 'Something new' },
    });
    const reworded = Object.assign(new TypeError("Option '--at' is odd"), {
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
    });
    expect(argumentProblem(reworded, []).params).toEqual({ detail: "Option '--at' is odd" });
    expect(renderMessage('zh-CN', 'cli_bad_arguments', { detail: 'Something new' })).toBe(
      '命令行参数有误：Something new',
    );
  });

  it.each([
    [
      ['migrate', '--nope'],
      '未知选项“--nope”。\n用法见“skipgraph migrate --help”。\n',
      'unknown option "--nope"\nRun "skipgraph migrate --help" for usage.\n',
    ],
    [
      ['routes', 'D1', '--nope'],
      '未知选项“--nope”。如要传入以“-”开头的参数，请放在“--”之后，如 -- --nope。\n用法见“skipgraph routes --help”。\n',
      'unknown option "--nope" (an argument that starts with "-" goes after "--", as in -- --nope)\nRun "skipgraph routes --help" for usage.\n',
    ],
    [
      ['worklist', '--at'],
      '选项“--at”缺少取值。\n用法见“skipgraph worklist --help”。\n',
      'option "--at" needs a value\nRun "skipgraph worklist --help" for usage.\n',
    ],
    [
      ['worklist', '--at', '--json'],
      '选项“--at”缺少取值；取值以“-”开头时，请写成 --at=-XYZ。\n用法见“skipgraph worklist --help”。\n',
      'option "--at" needs a value (a value that starts with "-" is written --at=-XYZ)\nRun "skipgraph worklist --help" for usage.\n',
    ],
    [
      ['audit', '--help=1'],
      '选项“--help”不接受取值。\n用法见“skipgraph audit --help”。\n',
      'option "--help" takes no value\nRun "skipgraph audit --help" for usage.\n',
    ],
    [
      ['migrate', 'extra'],
      '多余的参数“extra”。\n用法见“skipgraph migrate --help”。\n',
      'unexpected argument "extra"\nRun "skipgraph migrate --help" for usage.\n',
    ],
  ])('%j in both languages, exit 1', async (argv, zh, en) => {
    expect(await run(argv, ZH)).toEqual({ code: 1, out: '', err: zh });
    expect(await run(argv, EN)).toEqual({ code: 1, out: '', err: en });
    // --lang before the mistake, so the mistake stays the same one.
    const [command, ...rest] = argv as [string, ...string[]];
    expect((await run([command, '--lang=en', ...rest], ZH)).err).toBe(en);
    expect((await run([command, '--lang=zh-CN', ...rest], EN)).err).toBe(zh);
  });

  it('import words its own parse errors the same way', async () => {
    const importErr = async (argv: string[], env: Record<string, string>) => {
      let err = '';
      const code = await runImportCommand(argv, {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (err += s) },
        env,
      });
      return { code, err };
    };
    expect(await importErr(['a.ndjson', '--zz'], ZH)).toEqual({
      code: 1,
      err: '未知选项“--zz”。如要传入以“-”开头的参数，请放在“--”之后，如 -- --zz。\n用法见“skipgraph import --help”。\n',
    });
    expect(await importErr(['a.ndjson', '--region'], EN)).toEqual({
      code: 1,
      err: 'option "--region" needs a value\nRun "skipgraph import --help" for usage.\n',
    });
  });
});
