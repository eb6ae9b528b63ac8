// The published JSON Schemas of the external contracts, for producers validating files before they send them:
// conversation v1 (also committed as docs/schema/conversation-v1.schema.json). Public: a schema is not data.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { conversationJsonSchema } from '../../core/conversation/json-schema.ts';
import type { AppContext } from '../context.ts';

export function schemaRoutes(_ctx: AppContext): FastifyPluginCallbackZod {
  const conversation = conversationJsonSchema();
  return (app, _opts, done) => {
    app.get(
      '/schema/conversation-v1.json',
      {
        config: { action: 'public' },
        schema: {
          tags: ['system'],
          summary: 'The JSON Schema (draft 2020-12) of conversation v1, the format POST /api/ingest reads',
          security: [],
          response: { 200: z.record(z.string(), z.unknown()).describe('A JSON Schema document') },
        },
      },
      () => conversation,
    );
    done();
  };
}
