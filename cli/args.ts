// A tiny argument parser: positional arguments plus the `--name value` / `--flag` options a command declares.
import { escapeUnshowable } from './text';

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

/** The options a command knows: `flags` stand alone, `valued` take a value (`--name value` or `--name=value`). */
export interface OptionSpec {
  flags?: readonly string[];
  valued?: readonly string[];
}

/** Arguments that make no sense; the message names the one at fault. */
export class ArgumentError extends Error {}

/**
 * An argument that starts with a dash is an option ("-" alone is a file name, standard input where the command reads it; "--" ends the options), and
 * must be one of `spec`'s: an unknown one would otherwise be ignored, or take the file name after it as its value.
 */
export function parseArgs(argv: string[], { flags = [], valued = [] }: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    // -h is the one short option: everyone tries it for --help.
    const [name, inline] = arg === '-h' ? ['help'] : arg.startsWith('--') ? splitOnce(arg.slice(2), '=') : [];
    if (name !== undefined && flags.includes(name)) {
      if (inline !== undefined) throw new ArgumentError(`--${name} takes no value`);
      options[name] = true;
    } else if (name !== undefined && valued.includes(name)) {
      const value = inline ?? (i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : undefined);
      if (!value) throw new ArgumentError(`--${name} needs a value`);
      options[name] = value;
    } else {
      throw new ArgumentError(`unknown option ${escapeUnshowable(arg)}`);
    }
  }
  return { positional, options };
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Prints a one-line message and exits non-zero: the CLI's only way to fail. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`threadsift: ${message}\n`);
  process.exit(code);
}
