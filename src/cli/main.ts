/** The Nianbao CLI: the same domain code as the app, in Node. */
import { runCheck } from './commands/check.ts';
import { runExport } from './commands/export.ts';
import { runFill } from './commands/fill.ts';
import { runImport } from './commands/import.ts';
import { runNew } from './commands/new.ts';
import { runSchema } from './commands/schema.ts';
import { runTables } from './commands/tables.ts';
import { EXIT, UsageError, nodeIo, type CliIo } from './io.ts';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  new: { run: runNew, usage: 'new --organ NAME --year YYYY [--kind department|government|township|other] -o OUT.json | new --from LAST_YEAR.json -o OUT.json' },
  check: { run: runCheck, usage: 'check DRAFT.json [--json]' },
  tables: { run: runTables, usage: 'tables DRAFT.json' },
  fill: { run: runFill, usage: 'fill DRAFT.json TABLES.csv -o OUT.json' },
  schema: { run: runSchema, usage: 'schema [-o FILE]' },
  export: { run: runExport, usage: 'export DRAFT.json -o OUT.docx [--draft-copy]' },
  import: { run: runImport, usage: 'import REPORT.(txt|md|html|docx) -o DRAFT.json [--json]' },
};

export function usage(): string {
  return ['usage: nianbao <command> …', ...Object.values(COMMANDS).map((c) => `  nianbao ${c.usage}`)].join('\n');
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(usage());
    return name === '--help' || name === '-h' ? EXIT.ok : EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${error.message}\nusage: nianbao ${command.usage}`);
      return EXIT.usage;
    }
    throw error;
  }
}
