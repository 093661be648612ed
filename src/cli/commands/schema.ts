/** `schema [-o FILE]`: the draft's JSON Schema, generated from the zod schema. */
import { parseArgs } from 'node:util';
import { draftJsonSchema } from '../../report/draft/json-schema.ts';
import { EXIT, type CliIo } from '../io.ts';
import { writeOutputFile } from '../files.ts';

export async function runSchema(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { output: { type: 'string', short: 'o' } } });
  const text = `${JSON.stringify(draftJsonSchema(), null, 2)}\n`;
  if (values.output) await writeOutputFile(io, values.output, text);
  else io.out(text.trimEnd());
  return EXIT.ok;
}
