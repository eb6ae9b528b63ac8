// User accounts: list and read (scoped), create, edit (role, scope, display name, disable/enable) and password
// reset. The admin manages every account; a vendor manager the agent and team-leader accounts of their vendor.
// Disabling an account ends its sessions and revokes its API tokens in the same transaction. No hash is ever
// returned or written to the audit log (accounts are read without it, see store/repo/user-admin.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { generatePassword, hashPassword } from '../../auth/passwords.ts';
import { authenticated, requireAction } from '../../auth/sessions.ts';
import {
  contains,
  homeOf,
  managesVendor,
  placeUser,
  type Home,
  type OrgIndex,
} from '../../core/auth/org-scope.ts';
import { USER_ROLES, type Principal, type UserRole } from '../../core/auth/roles.ts';
import {
  ASSIGNABLE_ROLES,
  passwordIssues,
  scopeIssues,
  branchIssues,
  type FieldIssue,
  type ScopeIds,
} from '../../core/auth/user-scope.ts';
import { forgetCachedTokens } from '../../auth/api-tokens.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  accountOf,
  appendAudit,
  lockActiveAdmins,
  createUser,
  endSessionsOfUser,
  findAccountByUsername,
  findUserAccount,
  getBranch,
  listUserAccounts,
  lockAgent,
  lockTeam,
  lockVendor,
  revokeTokensOfUser,
  setPasswordHash,
  updateUserAccount,
  type StoreDb,
  type UserAccount,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import {
  auditCreated,
  conflictOnDuplicate,
  inTransaction,
  loadOrg,
  nameSchema,
  updateAudited,
} from './org-common.ts';

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

type Tx = { db: StoreDb };

const visible = (home: Home | null, ix: OrgIndex, u: UserAccount) => contains(home, placeUser(ix, u));

/** The account, if the caller may change it; 404 when they may not even see it. */
function manageable(p: Principal, home: Home | null, ix: OrgIndex, u: UserAccount | undefined, id: string) {
  if (!u || !visible(home, ix, u)) throw new AppError('NOT_FOUND', `User ${id} not found`);
  if (!ASSIGNABLE_ROLES[p.role].includes(u.role)) {
    throw new AppError('FORBIDDEN', `Role ${p.role} may not change a ${u.role} account`);
  }
  return u;
}

/** The scope ids must name units that exist, are active and lie in the caller's vendor (unknown = not theirs). */
async function scopeRefIssues(s: Tx, p: Principal, ids: Partial<ScopeIds>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const check = (field: keyof ScopeIds, row: { active: boolean } | undefined, vendorId: string | null) => {
    if (!row || !managesVendor(p, vendorId)) issues.push({ field, message: `unknown ${field}` });
    else if (!row.active) issues.push({ field, message: `${field} is inactive` });
  };
  if (ids.agentId) {
    const agent = await lockAgent(s, ids.agentId);
    const team = agent && (await lockTeam(s, agent.teamId));
    check('agentId', agent, team?.vendorId ?? null);
  }
  if (ids.teamId) {
    const team = await lockTeam(s, ids.teamId);
    check('teamId', team, team?.vendorId ?? null);
  }
  if (ids.vendorId) {
    const vendor = await lockVendor(s, ids.vendorId);
    check('vendorId', vendor, vendor?.id ?? null);
  }
  return issues;
}

/** A back-office account's branch must exist and be active. */
async function branchRefIssues(s: Tx, branchId: string | null): Promise<FieldIssue[]> {
  if (branchId === null) return [];
  const branch = await getBranch(s, branchId);
  if (!branch) return [{ field: 'branchId', message: 'unknown branchId' }];
  return branch.active ? [] : [{ field: 'branchId', message: 'branchId is inactive' }];
}

function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('BAD_INPUT', 'Invalid user account', issues);
}

/** The last enabled admin cannot be disabled or demoted: nobody could administer the installation any more. */
async function keepAnAdmin(s: Tx, before: UserAccount, role: UserRole, disabled: boolean): Promise<void> {
  const losesAdmin = before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled);
  if (losesAdmin && (await lockActiveAdmins(s)) <= 1) {
    throw new AppError('CONFLICT', 'This is the last enabled admin account');
  }
}

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
        const [org, rows] = await Promise.all([
          loadOrg(ctx.store),
          listUserAccounts(ctx.store, {
            role: req.query.role,
            includeDisabled: req.query.includeDisabled === 'true',
          }),
        ]);
        const home = homeOf(p, org.ix);
        return { items: rows.filter((u) => visible(home, org.ix, u)).map(present) };
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
        const [org, u] = await Promise.all([loadOrg(ctx.store), findUserAccount(ctx.store, req.params.id)]);
        if (!u || !visible(homeOf(p, org.ix), org.ix, u)) {
          throw new AppError('NOT_FOUND', `User ${req.params.id} not found`);
        }
        return present(u);
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
        const b = req.body;
        const ids: ScopeIds = {
          agentId: b.agentId ?? null,
          teamId: b.teamId ?? null,
          vendorId: b.vendorId ?? null,
        };
        refuse([
          ...(ASSIGNABLE_ROLES[p.role].includes(b.role)
            ? []
            : [{ field: 'role', message: `role ${p.role} may not create ${b.role} accounts` }]),
          ...scopeIssues(b.role, ids),
          ...branchIssues(b.role, b.branchId ?? null),
          ...(b.password === undefined ? [] : passwordIssues('password', b.password, b.username)),
        ]);
        const plain = b.password ?? generatePassword();
        const passwordHash = await hashPassword(plain);
        const user = await inTransaction(ctx.store, async (s) => {
          refuse([...(await scopeRefIssues(s, p, ids)), ...(await branchRefIssues(s, b.branchId ?? null))]);
          if (await findAccountByUsername(s, b.username)) {
            throw new AppError('CONFLICT', `Username ${b.username} is taken`);
          }
          const created = await createUser(s, {
            id: `u-${randomUUID()}`,
            username: b.username,
            displayName: b.displayName,
            role: b.role,
            passwordHash,
            ...ids,
            branchId: b.branchId ?? null,
          });
          return auditCreated(s, p.id, 'user', accountOf(created));
        }).catch((e: unknown) => conflictOnDuplicate(e, `Username ${b.username} is taken`));
        return reply
          .code(201)
          .send({ user: present(user), password: b.password === undefined ? plain : null });
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
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const b = req.body;
        const user = await inTransaction(ctx.store, async (s) => {
          const before = manageable(
            p,
            home,
            org.ix,
            await findUserAccount(s, req.params.id, { lock: true }),
            req.params.id,
          );
          const role = b.role ?? before.role;
          const roleChanges = role !== before.role;
          // A new role starts from an empty scope: the old role's scope id means nothing for the new one.
          const keep = (field: keyof ScopeIds) =>
            b[field] !== undefined ? b[field] : roleChanges ? null : before[field];
          const ids: ScopeIds = {
            agentId: keep('agentId'),
            teamId: keep('teamId'),
            vendorId: keep('vendorId'),
          };
          const branchId = b.branchId !== undefined ? b.branchId : roleChanges ? null : before.branchId;
          const disabled = b.disabled ?? before.disabled;
          const issues: FieldIssue[] = [];
          if (roleChanges && !ASSIGNABLE_ROLES[p.role].includes(role)) {
            issues.push({ field: 'role', message: `role ${p.role} may not assign ${role}` });
          }
          if (before.id === p.id && (roleChanges || disabled)) {
            issues.push({ field: roleChanges ? 'role' : 'disabled', message: 'not on your own account' });
          }
          // The scope is judged when it changes; an account whose stored scope predates the rule (or came from an
          // import) can still be disabled, renamed or re-scoped.
          const scopeTouched =
            roleChanges || b.agentId !== undefined || b.teamId !== undefined || b.vendorId !== undefined;
          if (scopeTouched) issues.push(...scopeIssues(role, ids));
          if (roleChanges || b.branchId !== undefined) issues.push(...branchIssues(role, branchId));
          if (branchId !== before.branchId) issues.push(...(await branchRefIssues(s, branchId)));
          const newRefs = Object.fromEntries(
            (['agentId', 'teamId', 'vendorId'] as const)
              .filter((f) => ids[f] !== before[f])
              .map((f) => [f, ids[f]]),
          );
          issues.push(...(await scopeRefIssues(s, p, newRefs)));
          refuse(issues);
          await keepAnAdmin(s, before, role, disabled);
          const patch = {
            displayName: b.displayName ?? before.displayName,
            role,
            ...ids,
            branchId,
            disabled,
          };
          return updateAudited(s, {
            actorUserId: p.id,
            entity: 'user',
            before,
            patch,
            update: updateUserAccount,
            // Disabling ends the account's sessions and revokes its API tokens in the same transaction.
            action: async (was, now) => {
              if (!was.disabled && now.disabled) {
                await endSessionsOfUser(s, was.id);
                await revokeTokensOfUser(s, was.id, ctx.now());
                return 'user.disable';
              }
              return was.disabled && !now.disabled ? 'user.enable' : 'user.update';
            },
          });
        });
        // A disabled account's or a changed role's tokens act no more, in this process at once.
        forgetCachedTokens(ctx.store);
        return present(user);
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
        const org = await loadOrg(ctx.store);
        const home = homeOf(p, org.ix);
        const target = manageable(
          p,
          home,
          org.ix,
          await findUserAccount(ctx.store, req.params.id),
          req.params.id,
        );
        if (req.body.password !== undefined)
          refuse(passwordIssues('password', req.body.password, target.username));
        const plain = req.body.password ?? generatePassword();
        const passwordHash = await hashPassword(plain);
        await inTransaction(ctx.store, async (s) => {
          const locked = await findUserAccount(s, target.id, { lock: true });
          if (!locked) throw new AppError('NOT_FOUND', `User ${target.id} not found`);
          await setPasswordHash(s, target.id, passwordHash);
          // Whoever held the old password is logged out; an admin resetting their own keeps this session.
          const keep = target.id === p.id && via.kind === 'session' ? via.tokenHash : undefined;
          const ended = await endSessionsOfUser(s, target.id, keep);
          await appendAudit(s, {
            actorUserId: p.id,
            action: 'user.password.reset',
            entity: 'user',
            entityId: target.id,
            after: { passwordReset: true, generated: req.body.password === undefined, sessionsEnded: ended },
          });
        });
        return { password: req.body.password === undefined ? plain : null };
      },
    );
    done();
  };
}
