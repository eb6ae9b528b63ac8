// Single sign-on: which zhijian account and role a person signed in at the enterprise directory gets. The
// directory says who they are (a username claim) and what groups or roles they hold (a roles claim); the operator's
// role map turns one of those values into a zhijian role and, for scoped roles, the team, vendor or branch
// (docs/product.md "Who works with it": every role sees only its own scope). Pure: the claims come in, a decision goes out.
import { z } from 'zod';
import { USER_ROLES, type UserRole } from './roles.ts';
import { branchIssues, scopeIssues } from './user-scope.ts';

export interface RoleMapEntry {
  /** The claim value (a group, an app role) this entry matches, exactly. */
  value: string;
  role: UserRole;
  teamId: string | null;
  vendorId: string | null;
  branchId: string | null;
}

const scopedEntry = z
  .object({
    role: z.enum(USER_ROLES),
    teamId: z.string().min(1).optional(),
    vendorId: z.string().min(1).optional(),
    branchId: z.string().min(1).optional(),
  })
  .strict();
const mapSchema = z.record(z.string().min(1), z.union([z.enum(USER_ROLES), scopedEntry]));

/**
 * The role map, in its order (the first entry whose value the person holds wins, so list the stronger roles
 * first). Two spellings: JSON `{"qa-admins":"admin","hotline-team-1":{"role":"team_leader","teamId":"T1"}}`, or
 * the short `qa-admins=admin,qa-inspectors=qa_inspector` for roles without a scope. Throws with a readable message.
 */
export function parseRoleMap(text: string): RoleMapEntry[] {
  const trimmed = text.trim();
  let raw: unknown;
  if (trimmed.startsWith('{')) {
    try {
      raw = JSON.parse(trimmed);
    } catch (e) {
      throw new Error(`not valid JSON: ${(e as Error).message}`, { cause: e });
    }
  } else {
    raw = Object.fromEntries(
      trimmed
        .split(',')
        .map((pair) => pair.trim())
        .filter((pair) => pair !== '')
        .map((pair) => {
          const at = pair.lastIndexOf('=');
          if (at <= 0) throw new Error(`"${pair}" is not value=role`);
          return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
        }),
    );
  }
  const r = mapSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(
      `${i.path.map(String).join('.') || 'map'}: ${i.message} (roles: ${USER_ROLES.join(', ')})`,
    );
  }
  const entries = Object.entries(r.data).map(([value, e]): RoleMapEntry => {
    const spec = typeof e === 'string' ? { role: e } : e;
    return {
      value,
      role: spec.role,
      teamId: 'teamId' in spec ? (spec.teamId ?? null) : null,
      vendorId: 'vendorId' in spec ? (spec.vendorId ?? null) : null,
      branchId: 'branchId' in spec ? (spec.branchId ?? null) : null,
    };
  });
  if (entries.length === 0) throw new Error('maps no claim value to a role');
  for (const e of entries) {
    // The agent's own code comes from the person's claims, not from the map (one map entry covers many agents).
    const issues = [
      ...scopeIssues(e.role, {
        agentId: e.role === 'agent' ? 'from-claim' : null,
        teamId: e.teamId,
        vendorId: e.vendorId,
      }),
      ...branchIssues(e.role, e.branchId),
    ];
    if (issues.length > 0)
      throw new Error(`"${e.value}": ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`);
  }
  return entries;
}

/** A claim read by dotted path (`realm_access.roles`): its string values, one or many; [] when absent. */
export function claimValues(claims: Readonly<Record<string, unknown>>, path: string): string[] {
  let v: unknown = claims;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return [];
    v = (v as Record<string, unknown>)[part];
  }
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

export interface SsoMappingConfig {
  usernameClaim: string;
  nameClaim: string;
  rolesClaim: string;
  agentIdClaim: string | undefined;
  roleMap: readonly RoleMapEntry[];
}

/** The account the claims entitle to: who, by which map entry, with which scope. */
export interface SsoAccount {
  username: string;
  displayName: string;
  role: UserRole;
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
  branchId: string | null;
  /** The claim value that granted the role (for the audit trail). */
  matched: string;
}

export type SsoRefusal =
  | { reason: 'no_username'; detail: string }
  | { reason: 'no_role'; detail: string }
  | { reason: 'no_agent_id'; detail: string };

const USERNAME = /^[\w.@+-]{1,100}$/u;

/** The account these verified claims map to, or why they map to none. */
export function ssoAccountOf(
  claims: Readonly<Record<string, unknown>>,
  cfg: SsoMappingConfig,
): { ok: true; account: SsoAccount } | ({ ok: false } & SsoRefusal) {
  const username = claimValues(claims, cfg.usernameClaim)[0]?.trim();
  if (username === undefined || !USERNAME.test(username)) {
    return {
      ok: false,
      reason: 'no_username',
      detail: `claim ${cfg.usernameClaim} is missing or not a username (letters, digits, . _ @ + -)`,
    };
  }
  const held = new Set(claimValues(claims, cfg.rolesClaim));
  const entry = cfg.roleMap.find((e) => held.has(e.value));
  if (!entry) {
    return {
      ok: false,
      reason: 'no_role',
      detail: `${username} holds no ${cfg.rolesClaim} value the role map knows (${[...held].slice(0, 10).join(', ') || 'none'})`,
    };
  }
  let agentId: string | null = null;
  if (entry.role === 'agent') {
    agentId = cfg.agentIdClaim === undefined ? null : (claimValues(claims, cfg.agentIdClaim)[0] ?? null);
    if (agentId === null) {
      return {
        ok: false,
        reason: 'no_agent_id',
        detail: `${username} maps to agent, but no agent code is in claim ${cfg.agentIdClaim ?? '(ZHIJIAN_OIDC_AGENT_ID_CLAIM unset)'}`,
      };
    }
  }
  const name = claimValues(claims, cfg.nameClaim)[0]?.trim();
  return {
    ok: true,
    account: {
      username,
      displayName: name !== undefined && name !== '' ? name.slice(0, 100) : username,
      role: entry.role,
      agentId,
      teamId: entry.teamId,
      vendorId: entry.vendorId,
      branchId: entry.branchId,
      matched: entry.value,
    },
  };
}

/** The fields of an existing account that the directory now says otherwise; {} when it already agrees. */
export function ssoAccountChanges(
  before: Omit<SsoAccount, 'matched' | 'username'>,
  target: SsoAccount,
): Partial<Omit<SsoAccount, 'matched' | 'username'>> {
  const changes: Partial<Omit<SsoAccount, 'matched' | 'username'>> = {};
  for (const f of ['displayName', 'role', 'agentId', 'teamId', 'vendorId', 'branchId'] as const) {
    if (before[f] !== target[f]) (changes as Record<string, unknown>)[f] = target[f];
  }
  return changes;
}
