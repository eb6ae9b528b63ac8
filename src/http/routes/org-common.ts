// Shared pieces of the organisation and access routes: code/name schemas, the organisation index for scoping,
// transactions with their audit entry, and the JSON snapshot an audit entry stores.
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { orgIndex, type OrgIndex } from '../../core/auth/org-scope.ts';
import {
  appendAudit,
  listAgents,
  listClients,
  listTeams,
  listVendors,
  type Agent,
  type Client,
  type Store,
  type StoreDb,
  type Team,
  type Vendor,
} from '../../store/index.ts';

/** Operator-chosen codes (client, vendor, team ids; agent codes such as A001): short, printable, URL-safe. */
export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'letters, digits, _ . - ; at most 32 characters');
export const nameSchema = z.string().trim().min(1).max(100);
/** `?active=true|false` on list endpoints; absent = both (history keeps inactive units visible). */
export const activeQuerySchema = z.enum(['true', 'false']).optional();
export const matchesActive = (wanted: 'true' | 'false' | undefined, active: boolean): boolean =>
  wanted === undefined || (wanted === 'true') === active;

export interface OrgSnapshot {
  clients: Client[];
  vendors: Vendor[];
  teams: Team[];
  agents: Agent[];
  ix: OrgIndex;
}

/** The whole organisation (a contact center has hundreds of agents, not millions) and its index for scoping. */
export async function loadOrg(store: Store): Promise<OrgSnapshot> {
  const [clients, vendors, teams, agents] = await Promise.all([
    listClients(store),
    listVendors(store),
    listTeams(store),
    listAgents(store),
  ]);
  return { clients, vendors, teams, agents, ix: orgIndex({ vendors, teams, agents }) };
}

/** Run a change and its audit entry in one transaction (platform.md: audited inside the same transaction). */
export function inTransaction<T>(store: Store, fn: (s: { db: StoreDb }) => Promise<T>): Promise<T> {
  return store.db.transaction((tx) => fn({ db: tx }));
}

/** A row as stored in an audit entry: dates as ISO strings. */
export function snapshot(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : (v as unknown)]),
  );
}

/** The fields whose values differ between two snapshots (an update that changes nothing is not audited). */
export function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Maps a unique-key race (two creates of one code at once) to CONFLICT; rethrows anything else. */
export function conflictOnDuplicate(e: unknown, message: string): never {
  const code = (x: unknown) =>
    typeof x === 'object' && x !== null ? (x as { code?: unknown }).code : undefined;
  if (code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505') {
    throw new AppError('CONFLICT', message);
  }
  throw e;
}

export const auditAction = (entity: string, before: { active: boolean }, after: { active: boolean }) =>
  before.active === after.active
    ? `${entity}.update`
    : after.active
      ? `${entity}.reactivate`
      : `${entity}.deactivate`;

type Tx = { db: StoreDb };

/** Audit a creation inside its transaction (the new row as `after`) and hand the row back. */
export async function auditCreated<T extends { id: string }>(
  s: Tx,
  actorUserId: string,
  entity: string,
  created: T,
): Promise<T> {
  await appendAudit(s, {
    actorUserId,
    action: `${entity}.create`,
    entity,
    entityId: created.id,
    after: snapshot(created),
  });
  return created;
}

/**
 * Apply a patch to a locked row and audit it with before/after snapshots. A patch that changes nothing is neither
 * written nor audited (the row comes back as it was). `action` names the audit verb from the row before and after
 * the write, and may do what belongs to that change in the same transaction (e.g. end a disabled user's sessions).
 */
export async function updateAudited<T extends { id: string }, P extends object>(
  s: Tx,
  u: {
    actorUserId: string;
    entity: string;
    before: T;
    patch: P;
    update: (s: Tx, id: string, patch: P) => Promise<T>;
    action: (before: T, updated: T) => string | Promise<string>;
  },
): Promise<T> {
  const { before, patch } = u;
  if (changed(snapshot(before), snapshot({ ...before, ...patch })).length === 0) return before;
  const updated = await u.update(s, before.id, patch);
  await appendAudit(s, {
    actorUserId: u.actorUserId,
    action: await u.action(before, updated),
    entity: u.entity,
    entityId: before.id,
    before: snapshot(before),
    after: snapshot(updated),
  });
  return updated;
}

/** `updateAudited` for organisation units: the verb is `.update`, `.deactivate` or `.reactivate`. */
export const updateUnitAudited = <T extends { id: string; active: boolean }, P extends object>(
  s: Tx,
  actorUserId: string,
  entity: string,
  before: T,
  patch: P,
  update: (s: Tx, id: string, patch: P) => Promise<T>,
): Promise<T> =>
  updateAudited(s, {
    actorUserId,
    entity,
    before,
    patch,
    update,
    action: (b, a) => auditAction(entity, b, a),
  });
