// A tiny argument parser: positional arguments plus `--name value` / `--flag` options.
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(argv: string[], flags: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options[name] = inline;
      else if (flags.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) options[name] = true;
      else options[name] = argv[++i];
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

/** Prints a one-line message and exits non-zero: the CLI's only way to fail. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`threadsift: ${message}\n`);
  process.exit(code);
}
