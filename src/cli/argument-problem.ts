import type { CodedMessage } from '../domain/model/coded-message.js';
import type { MessageParams } from '../messages/render-message.js';

/** A mistake in a command's arguments as a catalogue code and its params. */
export type ArgumentProblem = CodedMessage<MessageParams>;

/** One of node:util parseArgs's own complaints (its code starts ERR_PARSE_ARGS_). */
export type ParseArgsError = TypeError & { code: string };

/** True when `error` is parseArgs's complaint about the arguments, not a fault of the program. */
export function isParseArgsError(error: unknown): error is ParseArgsError {
  return (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS_')
  );
}

// Node 20's sentences (lib/internal/util/parse_args): the option is quoted as typed, and may
// itself hold a quote, so each pattern anchors on the words around it rather than on quotes.
const UNKNOWN = /^Unknown option '([\s\S]+?)'(\. To specify a positional argument[\s\S]*)?$/;
const MISSING = /^Option '([\s\S]+?) <value>' argument missing$/;
const AMBIGUOUS = /^Option '([\s\S]+?)' argument is ambiguous\./;
const EXAMPLE = /use '(--[\s\S]+?=-XYZ)'/;
const NO_VALUE = /^Option '([\s\S]+?)' does not take an argument$/;
const POSITIONAL =
  /^Unexpected argument '([\s\S]*)'\. This command does not take positional arguments$/;

/**
 * The catalogue's words for a parseArgs complaint, the option named as typed (`--foo`); Node's
 * own sentence inside `cli_bad_arguments` for a complaint it does not know.
 * @example argumentProblem(error, ['--nope']) // { code: 'cli_unknown_option', params: { option: '--nope', positionals: 'no' } }
 */
export function argumentProblem(error: ParseArgsError, argv: readonly string[]): ArgumentProblem {
  const text = error.message;
  const known = ((): ArgumentProblem | undefined => {
    switch (error.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
        const m = UNKNOWN.exec(text);
        return m
          ? {
              code: 'cli_unknown_option',
              params: { option: m[1] as string, positionals: m[2] ? 'yes' : 'no' },
            }
          : undefined;
      }
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        return invalidValue(text, argv);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
        const m = POSITIONAL.exec(text);
        return m ? { code: 'cli_unexpected_argument', params: { arg: m[1] as string } } : undefined;
      }
      default:
        return undefined;
    }
  })();
  return known ?? { code: 'cli_bad_arguments', params: { detail: text } };
}

/** An option given without its value, or a flag given one. */
function invalidValue(text: string, argv: readonly string[]): ArgumentProblem | undefined {
  const missing = MISSING.exec(text);
  if (missing)
    return { code: 'cli_option_needs_value', params: { option: typedName(missing[1], argv) } };
  const ambiguous = AMBIGUOUS.exec(text);
  if (ambiguous) {
    const option = ambiguous[1] as string;
    const example = EXAMPLE.exec(text)?.[1] ?? `${option}=-XYZ`;
    return { code: 'cli_option_value_ambiguous', params: { option, example } };
  }
  const flag = NO_VALUE.exec(text);
  return flag
    ? { code: 'cli_option_takes_no_value', params: { option: typedName(flag[1], argv) } }
    : undefined;
}

/**
 * The name of an option as typed, when Node names it by both forms ("-x, --x"): the long one when
 * the arguments hold it (`--x`, `--x=…`), else the short one (alone or in a group such as `-hx`).
 */
function typedName(names: string | undefined, argv: readonly string[]): string {
  const forms = (names ?? '').split(', ');
  const long = forms.find((n) => n.startsWith('--'));
  const typedLong = long !== undefined && argv.some((a) => a === long || a.startsWith(`${long}=`));
  return (typedLong ? long : forms[0]) as string;
}
