// The OpenAPI document the server publishes at /docs/json, built without a database: route registration reads no
// data, so the app is assembled on a context whose store refuses every use. The web client's types are generated
// from this document (scripts/openapi.ts, web/src/api/generated/) and a test keeps the generated file current.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { buildApp } from './app.ts';
import { parseSettings } from '../settings/settings.ts';
import type { Store } from '../store/index.ts';

const noStore = new Proxy(
  {},
  {
    get(_target, key) {
      throw new Error(`the OpenAPI document is built without a database (store.${String(key)} was read)`);
    },
  },
) as Store;

/** The app on a context without a database: for the OpenAPI document and routes that read no data. */
export async function appWithoutDatabase(strictResponses = false): Promise<FastifyInstance> {
  const ctx: AppContext = {
    store: noStore,
    settings: parseSettings({}),
    now: () => new Date(0),
    queueHealth: null,
    loginThrottle: { state: new Map() },
  };
  return buildApp({ ctx, logger: false, strictResponses });
}

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await appWithoutDatabase();
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
