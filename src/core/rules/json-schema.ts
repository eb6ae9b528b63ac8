// The published JSON Schema of rule packs (packs/schema/rule-pack.schema.json), generated from the zod schema
// so the editor's completion and the loader can never disagree. Input mode: defaults are optional to write.
import { z } from 'zod';
import { packSchema } from './schema.ts';

export const PACK_SCHEMA_ID = 'https://zhijian.dev/schema/rule-pack.schema.json';

export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return { ...schema, $id: PACK_SCHEMA_ID, title: 'zhijian rule pack' };
}
