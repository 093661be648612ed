/** The draft's JSON Schema, generated from the zod schema (published as public/nianbao-draft.schema.json). */
import { z } from 'zod/mini';
import { draftSchema } from './envelope.ts';

export function draftJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(draftSchema, { target: 'draft-2020-12' }),
    $id: 'nianbao-draft.schema.json',
    title: '年报编制助手草稿 (Nianbao draft)',
  };
}
