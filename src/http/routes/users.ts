// User accounts: list and read (scoped), create, edit (role, scope, display name, disable/enable) and password
// reset. The admin manages every account; a vendor manager the agent and team-leader accounts of their vendor.
// Disabling an account ends its sessions and revokes its API tokens in the same transaction. No hash is ever
// returned or written to the audit log (accounts are read without it, see store/repo/user-admin.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticated, requireAction } from '../../auth/sessions.ts';
import { USER_ROLES } from '../../core/auth/roles.ts';
import type { UserAccount } from '../../store/index.ts';
import {
  createUser,
  getVisibleUser,
  listVisibleUsers,
  resetPassword,
  updateUser,
} from '../../users/commands.ts';
import type { AppContext } from '../context.ts';
import { nameSchema } from './org-common.ts';

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(USER_ROLES),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
  branchId: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

const usernameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}._@-]{2,64}$/u, 'letters, digits, . _ @ - ; 2 to 64 characters');
const scopeIdSchema = z.string().min(1).nullable().optional();
const idParams = z.object({ id: z.string().min(1) });

const present = (u: UserAccount) => ({ ...u, createdAt: u.createdAt.toISOString() });

export function userRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/users',
      {
        config: { action: 'users.read' },
        schema: {
          tags: ['users'],
          summary:
            'User accounts visible to the caller (admin, QA lead: all; vendor manager: vendor; team leader: team)',
          querystring: z.object({
            role: z.enum(USER_ROLES).optional(),
            includeDisabled: z.enum(['true', 'false']).optional(),
          }),
          response: { 200: z.object({ items: z.array(accountSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'users.read');
        const items = await listVisibleUsers(ctx.store, p, {
          role: req.query.role,
          includeDisabled: req.query.includeDisabled === 'true',
        });
        return { items: items.map(present) };
      },
    );

    app.get(
      '/users/:id',
      {
        config: { action: 'users.read' },
        schema: {
          tags: ['users'],
          summary: 'One user account',
          params: idParams,
          response: { 200: accountSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'users.read');
        return present(await getVisibleUser(ctx.store, p, req.params.id));
      },
    );

    app.post(
      '/users',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: ['users'],
          summary:
            'Create an account; without a password one is generated and answered once. An agent account needs agentId, a team leader teamId, a vendor manager vendorId',
          body: z.object({
            username: usernameSchema,
            displayName: nameSchema,
            role: z.enum(USER_ROLES),
            agentId: scopeIdSchema,
            teamId: scopeIdSchema,
            vendorId: scopeIdSchema,
            branchId: scopeIdSchema,
            password: z.string().max(200).optional(),
          }),
          response: { 201: z.object({ user: accountSchema, password: z.string().nullable() }) },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'users.manage');
        const { user, password } = await createUser(ctx.store, p, req.body);
        return reply.code(201).send({ user: present(user), password });
      },
    );

    app.patch(
      '/users/:id',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: ['users'],
          summary:
            'Change display name, role and scope, or disable/enable an account (disabling ends its sessions and tokens). A role change without scope ids clears them',
          params: idParams,
          body: z.object({
            displayName: nameSchema.optional(),
            role: z.enum(USER_ROLES).optional(),
            agentId: scopeIdSchema,
            teamId: scopeIdSchema,
            vendorId: scopeIdSchema,
            branchId: scopeIdSchema,
            disabled: z.boolean().optional(),
          }),
          response: { 200: accountSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'users.manage');
        return present(await updateUser(ctx.store, p, req.params.id, req.body, ctx.now()));
      },
    );

    app.post(
      '/users/:id/password',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: ['users'],
          summary:
            'Reset an account’s password (generated and answered once when none is given); ends the account’s sessions',
          params: idParams,
          body: z.object({ password: z.string().max(200).optional() }),
          response: { 200: z.object({ password: z.string().nullable() }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'users.manage');
        const { via } = await authenticated(ctx, req);
        return resetPassword(ctx.store, p, req.params.id, {
          password: req.body.password,
          keepSession: via.kind === 'session' ? via.tokenHash : undefined,
        });
      },
    );
    done();
  };
}
