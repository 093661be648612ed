import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftJsonSchema } from './json-schema.ts';

describe('published JSON Schema', () => {
  it('public/nianbao-draft.schema.json is the one generated from the zod schema (run `npm run schema`)', () => {
    const published = JSON.parse(readFileSync(new URL('../../../public/nianbao-draft.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(draftJsonSchema())));
  });

  it('describes every input cell and no computed one', () => {
    const schema = JSON.stringify(draftJsonSchema());
    expect(schema).toContain('"carriedForward"');
    expect(schema).not.toContain('"resultTotal"');
  });
});
