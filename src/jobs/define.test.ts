// Job declarations: ids and retry policies are checked when declared; payload errors name the field.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, InvalidJobPayloadError, parsePayload } from './define.ts';

const ok = { limit: 2, delaySeconds: 5, backoff: true };
const handler = () => Promise.resolve();

describe('defineJob', () => {
  it('refuses ids pg-boss could not use as a queue name, and negative retry limits', () => {
    expect(() => defineJob({ id: 'Score Conversations', payload: z.object({}), retry: ok, handler })).toThrow(
      /job id/,
    );
    expect(() =>
      defineJob({ id: 'score', payload: z.object({}), retry: { ...ok, limit: -1 }, handler }),
    ).toThrow(/retry.limit/);
  });

  it('parses payloads with defaults and reports each bad field', () => {
    const job = defineJob({
      id: 'score-conversations',
      payload: z.object({ ids: z.array(z.string()).min(1), packVersion: z.number().int().default(1) }),
      retry: ok,
      handler,
    });
    expect(parsePayload(job, { ids: ['c-1'] })).toEqual({ ids: ['c-1'], packVersion: 1 });
    const err = (() => {
      try {
        parsePayload(job, { ids: [], packVersion: 'x' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InvalidJobPayloadError);
    expect((err as InvalidJobPayloadError).issues.map((i) => i.path)).toEqual(['ids', 'packVersion']);
    expect((err as Error).message).toMatch(/^invalid payload for job score-conversations: ids: /);
  });
});
