/** The Nianbao CLI: the same domain code as the app, in Node. */
import { runCheck } from './commands/check.ts';
import { runCompare } from './commands/compare.ts';
import { runExport } from './commands/export.ts';
import { runFill } from './commands/fill.ts';
import { runImport } from './commands/import.ts';
import { runNew } from './commands/new.ts';
import { runSchema } from './commands/schema.ts';
import { runSum } from './commands/sum.ts';
import { runTables } from './commands/tables.ts';
import { CliFailure, EXIT, UsageError, nodeIo, type CliIo } from './io.ts';
import { line } from './terminal.ts';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  new: {
    run: runNew,
    usage: 'new --organ NAME --year YYYY [--kind department|government|township|other] -o OUT.json | new --from LAST_YEAR.json -o OUT.json',
  },
  check: { run: runCheck, usage: "check DRAFT.json… ['drafts/*.json'] [--json|--csv]" },
  tables: { run: runTables, usage: 'tables DRAFT.json' },
  fill: { run: runFill, usage: 'fill DRAFT.json TABLES.(csv|xlsx) -o OUT.json' },
  schema: { run: runSchema, usage: 'schema [-o FILE]' },
  export: {
    run: runExport,
    usage: 'export DRAFT.json -o OUT.(docx|html|pdf|xlsx) [--format docx|html|pdf|xlsx] [--draft-copy] [--fonts standard|system]',
  },
  sum: {
    run: runSum,
    usage: 'sum UNIT.json… -o PARENT.json --organ NAME [--year YYYY] [--kind KIND] [--parent OWN.json [--json|--csv]]',
  },
  compare: { run: runCompare, usage: 'compare LAST.json THIS.json [--json]' },
  import: {
    run: runImport,
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
