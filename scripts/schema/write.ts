// Writes the committed JSON Schemas generated from the zod schemas (a test fails when they are stale):
// docs/schema/conversation-v1.schema.json. Run: npx tsx scripts/schema/write.ts
import { writeFileSync } from 'node:fs';
import { conversationJsonSchema } from '../../src/core/conversation/json-schema.ts';
import { packagePath } from '../../src/paths.ts';

const path = packagePath('docs/schema/conversation-v1.schema.json');
writeFileSync(path, `${JSON.stringify(conversationJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path}\n`);
