// The published JSON Schema of conversation v1, the external contract every importer produces and every check
// consumes (docs/product.md, "External contracts"). Generated from the zod schema, committed as
// docs/schema/conversation-v1.schema.json and served at GET /api/schema/conversation-v1.json, so producers can
// validate their files without running zhijian. Input mode: fields with defaults are optional to write.
import { z } from 'zod';
import { conversationSchema } from './schema.ts';

export const CONVERSATION_SCHEMA_ID = 'https://zhijian.dev/schema/conversation-v1.schema.json';

export function conversationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(conversationSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return {
    ...schema,
    $id: CONVERSATION_SCHEMA_ID,
    title: 'zhijian conversation v1',
    description:
      'One call or chat: turns in order with speaker role and text, optional times in milliseconds from the start, events (hold, hang-up, transfer) and free metadata. Timestamps carry a zone. Extended only by new optional fields.',
  };
}
