/** The Nianbao CLI: the same domain code as the app, in Node. */
import { CliFailure, EXIT, UsageError, nodeIo, type CliIo } from './io.ts';
import { line } from './terminal.ts';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * A command whose module is imported when it first runs, so `check` over a thousand drafts (or
 * `--help`) never loads nor evaluates docx, xmldom, jszip and the other exporters' and importers' code.
 */
function lazy(load: () => Promise<Command>): Command {
  let command: Promise<Command> | undefined;
  return async (argv, io) => (await (command ??= load()))(argv, io);
}

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  new: {
    run: lazy(async () => (await import('./commands/new.ts')).runNew),
    usage: 'new --organ NAME --year YYYY [--kind department|government|township|other] -o OUT.json | new --from LAST_YEAR.json -o OUT.json',
  },
  check: {
    run: lazy(async () => (await import('./commands/check.ts')).runCheck),
    usage: "check DRAFT.json… ['drafts/*.json'] [--json|--csv]",
  },
  tables: { run: lazy(async () => (await import('./commands/tables.ts')).runTables), usage: 'tables DRAFT.json' },
  fill: {
    run: lazy(async () => (await import('./commands/fill.ts')).runFill),
    usage: 'fill DRAFT.json TABLES.(csv|xlsx) -o OUT.json',
  },
  schema: { run: lazy(async () => (await import('./commands/schema.ts')).runSchema), usage: 'schema [-o FILE]' },
  export: {
    run: lazy(async () => (await import('./commands/export.ts')).runExport),
    usage: 'export DRAFT.json -o OUT.(docx|html|pdf|xlsx) [--format docx|html|pdf|xlsx] [--draft-copy] [--fonts standard|system]',
  },
  sum: {
    run: lazy(async () => (await import('./commands/sum.ts')).runSum),
    usage: 'sum UNIT.json… -o PARENT.json --organ NAME [--year YYYY] [--kind KIND] [--parent OWN.json [--json|--csv]]',
  },
  compare: {
    run: lazy(async () => (await import('./commands/compare.ts')).runCompare),
    usage: 'compare LAST.json THIS.json [--json]',
  },
  import: {
    run: lazy(async () => (await import('./commands/import.ts')).runImport),
    usage: "import REPORT.(txt|md|html|docx|pdf) -o DRAFT.json [--json] | import REPORT… ['reports/*.pdf'] --out-dir DIR [--json|--csv]",
  },
};

export function usage(): string {
  return ['usage: nianbao <command> …', ...Object.values(COMMANDS).map((c) => `  nianbao ${c.usage}`)].join('\n');
}

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

/**
 * Runs one command. Never throws and never prints a stack: every failure is exit 2 with one line
 * on stderr (exit 1 means only "the report has errors").
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (isHelp(name)) {
    io.out(usage());
    return EXIT.ok;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const commands = Object.keys(COMMANDS).join(', ');
    io.err(
      line(
        name === undefined
          ? `usage: nianbao <command> … (commands: ${commands}; nianbao --help for details)`
          : `unknown command "${name}" (commands: ${commands}; nianbao --help for details)`,
      ),
    );
    return EXIT.usage;
  }
  if (rest.some(isHelp)) {
    io.out(`usage: nianbao ${command.usage}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(line(failureLine(error, command.usage)));
    return EXIT.usage;
  }
}

function failureLine(error: unknown, commandUsage: string): string {
  if (error instanceof CliFailure) return error.message;
  if (error instanceof UsageError || isParseArgsError(error)) return `${(error as Error).message} (usage: nianbao ${commandUsage})`;
  // A bug, or something no command anticipated (out of memory, a disk error): still one line.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `internal error: ${message.split('\n')[0] ?? ''}`;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
