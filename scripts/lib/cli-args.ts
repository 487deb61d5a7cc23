// The command line of every script in scripts/: node:util parseArgs, plus one clear message for a mistake in it.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Cli<O extends ParseArgsOptionsConfig> {
  /** The prefix of every message, e.g. `import`. */
  name: string;
  /** Starts with `usage: npm run …`; shown with --help and after a mistake. */
  usage: string;
  options: O;
  /** How many arguments that are not options (files, paths, part names) it takes at most; none unless given. */
  positionals?: number;
  /** An option given twice is a mistake, rather than a silent choice of the last value. */
  once?: boolean;
}

type Config<O extends ParseArgsOptionsConfig> = {
  args: string[];
  options: O;
  allowPositionals: true;
  strict: true;
  tokens: true;
};
export type CliArgs<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

/** Exit code for a command line that cannot be run as given (as opposed to 1, a run that found problems). */
export const usageExitCode = 2;

/** The parsed command line, or the message for a mistake in it: an unknown option, a missing value, a stray argument. */
export function readArgs<const O extends ParseArgsOptionsConfig>(
  argv: string[],
  cli: Cli<O>,
): CliArgs<O> | { error: string } {
  const mistake = (what: string, hint?: string) => ({
    error: `${cli.name}: ${what}\n\n${cli.usage}${hint ? `\n\nhint: ${hint}` : ''}`,
  });
  const command = /^usage: (npm run \S+)/.exec(cli.usage)?.[1] ?? 'npm run SCRIPT';
  let parsed: CliArgs<O>;
  try {
    parsed = parseArgs({ args: argv, options: cli.options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return mistake(
        `unknown option ${option}`,
        `check its spelling against the options above; with npm run, options go after -- (${command} -- --option)`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return mistake(/does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`);
    throw error;
  }
  const most = cli.positionals ?? 0;
  if (parsed.positionals.length > most)
    return mistake(
      most
        ? `takes at most ${most} argument${most > 1 ? 's' : ''} besides options, got ${parsed.positionals.map((p) => `'${p}'`).join(' ')}`
        : `unexpected argument '${parsed.positionals[0]}': give every value after its --option`,
    );
  const names = parsed.tokens.flatMap((t) => (t.kind === 'option' ? [t.rawName] : []));
  const twice = cli.once ? names.find((name, i) => names.indexOf(name) !== i) : undefined;
  if (twice) return mistake(`${twice} is given twice`);
  return parsed;
}

/**
 * For a script's top level: the parsed command line; prints the usage and exits 0 on --help,
 * prints the mistake and exits 2 on a command line that cannot be run.
 */
export function cliArgs<const O extends ParseArgsOptionsConfig>(cli: Cli<O>, argv = process.argv.slice(2)): CliArgs<O> {
  if (argv.includes('--help')) {
    console.log(cli.usage);
    process.exit(0);
  }
  const parsed = readArgs(argv, cli);
  if ('error' in parsed) {
    console.error(parsed.error);
    process.exit(usageExitCode);
  }
  return parsed;
}

/** The usage line of a script whose one argument is the folder that holds content/. */
export const contentRootUsage = (script: string) =>
  `usage: npm run ${script} [-- DIR]\n\n  DIR  the folder that holds content/ (default: $CONTENT_ROOT or the current folder)`;

/** For a script whose only argument is one folder (validate, report:content, check:dist): that folder, else `fallback`. */
export function folderArg(cli: Pick<Cli<ParseArgsOptionsConfig>, 'name' | 'usage'>, fallback: string): string {
  const { positionals } = cliArgs({ ...cli, options: {}, positionals: 1 });
  return resolve(positionals[0] ?? fallback);
}
