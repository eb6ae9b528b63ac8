// The API's route registry: one module per capability, mounted under /api.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { agentRoutes } from './agents.ts';
import { authRoutes } from './auth.ts';
import { conversationRoutes } from './conversations.ts';
import { healthRoutes } from './health.ts';
import { statsRoutes } from './stats.ts';

export function registerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of [healthRoutes, authRoutes, conversationRoutes, agentRoutes, statsRoutes]) {
      await app.register(routes(ctx));
    }
  };
}
