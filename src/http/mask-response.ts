// The one place personal numbers are masked on the way out of the API: every JSON response to a role that does
// not see personal numbers (src/core/auth/roles.ts seesPersonalNumbers) is walked by maskDeep, whatever route built
// it: transcripts, meta (nested, arrays, numbers), event targets, ids, complaint descriptions, audit before/after,
// hit evidence. Routes need not remember to mask, and a new field is masked from its first day.
import type { preSerializationAsyncHookHandler } from 'fastify';
import { authenticated } from '../auth/sessions.ts';
import { seesPersonalNumbers } from '../core/auth/roles.ts';
import { maskDeep } from '../core/privacy/mask.ts';
import type { AppContext } from './context.ts';

export function maskResponses(ctx: AppContext): preSerializationAsyncHookHandler {
  return async (req, _reply, payload) => {
    if (payload === null || typeof payload !== 'object' || Buffer.isBuffer(payload)) return payload;
    const action = req.routeOptions.config.action;
    if (action === undefined || action === 'public') return payload;
    let role;
    try {
      role = (await authenticated(ctx, req)).principal.role;
    } catch {
      return payload; // an error answer to an unauthenticated caller carries no stored data
    }
    return seesPersonalNumbers(role) ? payload : maskDeep(payload);
  };
}
