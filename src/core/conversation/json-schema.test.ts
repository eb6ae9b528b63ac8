import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversationJsonSchema } from './json-schema.ts';

const root = join(import.meta.dirname, '../../..');

describe('conversation v1 JSON Schema', () => {
  it('the committed file is up to date (regenerate: npx tsx scripts/schema/write.ts)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(root, 'docs/schema/conversation-v1.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(conversationJsonSchema());
  });

  it('names the fields a producer writes and requires only id and turns', () => {
    const s = conversationJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
    expect(s.required?.sort()).toEqual(['id', 'turns']);
    expect(Object.keys(s.properties ?? {}).sort()).toEqual(
      ['agentId', 'channel', 'events', 'id', 'meta', 'startedAt', 'turns'].sort(),
    );
  });
});
