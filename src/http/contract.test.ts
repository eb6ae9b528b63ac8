// The API contract as the OpenAPI document publishes it (built without a database): every operation has an id,
// a tag, the error response and, unless it answers a file or a redirect, a response schema: a new route without
// one fails here.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationJsonSchema } from '../core/conversation/json-schema.ts';
import { appWithoutDatabase } from './openapi-document.ts';

/** Operations answering a file, not JSON: declared by content type in their summary. */
const FILE_RESPONSES = [
  'GET /api/settlements/{id}/export.xlsx',
  'GET /api/branch-evaluation/export.xlsx',
  'GET /api/settlements/{id}/print',
  'GET /api/conversations/{id}/audio',
  'GET /api/conversations/export',
  'GET /api/review/tasks/export',
  'GET /api/appeals/export',
  'GET /api/complaints/export',
  'GET /api/discipline/export',
  'GET /api/audit/export',
  'GET /api/reports/monthly/export.xlsx',
  'GET /api/reports/monthly/print',
  'GET /api/coaching/cases/export',
  'GET /api/coaching/sessions/export',
  'GET /api/coaching/plans/export',
  'GET /api/ideas/export',
];

/** Browser navigations answered with a redirect (single sign-on), not JSON: they declare their 302 instead. */
const REDIRECTS = ['GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback'];

interface Operation {
  operationId?: string;
  tags?: string[];
  responses?: Record<string, { content?: unknown }>;
}

describe('the API contract', () => {
  let app: FastifyInstance;
  let operations: [string, Operation][];

  beforeAll(async () => {
    app = await appWithoutDatabase(true);
    await app.ready();
    const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        op,
      ]),
    );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives every operation a unique id, a tag and the error response', () => {
    expect(operations.length).toBeGreaterThan(90);
    const ids = operations.map(([, op]) => op.operationId);
    expect(ids.filter((id) => id === undefined)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter(([, op]) => !op.tags?.length).map(([k]) => k)).toEqual([]);
    expect(operations.filter(([, op]) => !op.responses?.['4XX']).map(([k]) => k)).toEqual([]);
  });

  it('declares a response schema on every JSON operation', () => {
    const without = operations
      .filter(([k]) => !FILE_RESPONSES.includes(k) && !REDIRECTS.includes(k))
      .filter(
        ([, op]) =>
          !Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && r.content),
      )
      .map(([k]) => k)
      .sort();
    expect(without).toEqual([]);
  });

  it('declares the redirect of every browser-navigation operation', () => {
    const listed = operations.filter(([k]) => REDIRECTS.includes(k));
    expect(listed.map(([k]) => k).sort()).toEqual([...REDIRECTS].sort());
    for (const [k, op] of listed) expect(Object.keys(op.responses ?? {}), k).toContain('302');
  });

  it('publishes the conversation v1 JSON Schema without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/schema/conversation-v1.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(conversationJsonSchema());
  });
});
