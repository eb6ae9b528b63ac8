// Commands on the organisation's units: clients (甲方) → vendors (乙方) → teams. Lists are scoped (org-scope.ts);
// clients and vendors are managed by the admin, teams by the admin and their vendor's manager (a team of another
// vendor is NOT_FOUND: its existence is not the caller's business). Nothing is deleted: a unit is deactivated,
// and only once nothing active hangs below it; reactivating needs an active parent. Every change is audited in
// its transaction (src/store/audited.ts).
import { homeOf, managesVendor, seesUnit } from '../core/auth/org-scope.ts';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  auditCreated,
  conflictOnDuplicate,
  countActiveAgents,
  countActiveTeams,
  countActiveVendors,
  createClient as insertClient,
  createTeam as insertTeam,
  createVendor as insertVendor,
  inTransaction,
  lockClient,
  lockTeam,
  lockVendor,
  updateClient as writeClient,
  updateTeam as writeTeam,
  updateUnitAudited,
  updateVendor as writeVendor,
  type Client,
  type Store,
  type Team,
  type Vendor,
} from '../store/index.ts';
import { loadOrg, matchesActive, type ActiveFilter } from './org.ts';

export interface UnitPatch {
  name?: string | undefined;
  active?: boolean | undefined;
}

export async function listVisibleClients(
  store: Store,
  p: Principal,
  q: { active?: ActiveFilter },
): Promise<Client[]> {
  const org = await loadOrg(store);
  const home = homeOf(p, org.ix);
  return org.clients.filter(
    (c) => seesUnit(home, org.ix, 'client', c.id) && matchesActive(q.active, c.active),
  );
}

export async function listVisibleVendors(
  store: Store,
  p: Principal,
  q: { clientId?: string | undefined; active?: ActiveFilter },
): Promise<Vendor[]> {
  const org = await loadOrg(store);
  const home = homeOf(p, org.ix);
  return org.vendors.filter(
    (v) =>
      seesUnit(home, org.ix, 'vendor', v.id) &&
      (q.clientId === undefined || v.clientId === q.clientId) &&
      matchesActive(q.active, v.active),
  );
}

export async function listVisibleTeams(
  store: Store,
  p: Principal,
  q: { vendorId?: string | undefined; active?: ActiveFilter },
): Promise<Team[]> {
  const org = await loadOrg(store);
  const home = homeOf(p, org.ix);
  return org.teams.filter(
    (t) =>
      seesUnit(home, org.ix, 'team', t.id) &&
      (q.vendorId === undefined || t.vendorId === q.vendorId) &&
      matchesActive(q.active, t.active),
  );
}

export function createClient(store: Store, p: Principal, b: { id: string; name: string }): Promise<Client> {
  return inTransaction(store, async (s) => {
    if (await lockClient(s, b.id)) throw new AppError('CONFLICT', `Client ${b.id} exists`);
    return auditCreated(s, p.id, 'client', await insertClient(s, b));
  }).catch((e: unknown) => conflictOnDuplicate(e, `Client ${b.id} exists`));
}

export function updateClient(store: Store, p: Principal, id: string, b: UnitPatch): Promise<Client> {
  return inTransaction(store, async (s) => {
    const before = await lockClient(s, id);
    if (!before) throw new AppError('NOT_FOUND', `Client ${id} not found`);
    if (b.active === false && before.active && (await countActiveVendors(s, before.id)) > 0) {
      throw new AppError('CONFLICT', `Client ${before.id} still has active vendors; deactivate them first`);
    }
    return updateUnitAudited(s, p.id, 'client', before, b, writeClient);
  });
}

export function createVendor(
  store: Store,
  p: Principal,
  b: { id: string; clientId: string; name: string },
): Promise<Vendor> {
  return inTransaction(store, async (s) => {
    const client = await lockClient(s, b.clientId);
    if (!client) throw new AppError('NOT_FOUND', `Client ${b.clientId} not found`);
    if (!client.active) throw new AppError('CONFLICT', `Client ${client.id} is inactive`);
    if (await lockVendor(s, b.id)) throw new AppError('CONFLICT', `Vendor ${b.id} exists`);
    return auditCreated(s, p.id, 'vendor', await insertVendor(s, b));
  }).catch((e: unknown) => conflictOnDuplicate(e, `Vendor ${b.id} exists`));
}

export function updateVendor(store: Store, p: Principal, id: string, b: UnitPatch): Promise<Vendor> {
  return inTransaction(store, async (s) => {
    const before = await lockVendor(s, id);
    if (!before) throw new AppError('NOT_FOUND', `Vendor ${id} not found`);
    if (b.active === false && before.active && (await countActiveTeams(s, before.id)) > 0) {
      throw new AppError('CONFLICT', `Vendor ${before.id} still has active teams; deactivate them first`);
    }
    if (b.active === true && !before.active && !(await lockClient(s, before.clientId))?.active) {
      throw new AppError('CONFLICT', `Client ${before.clientId} is inactive; reactivate it first`);
    }
    return updateUnitAudited(s, p.id, 'vendor', before, b, writeVendor);
  });
}

export function createTeam(
  store: Store,
  p: Principal,
  b: { id: string; vendorId: string; name: string },
): Promise<Team> {
  return inTransaction(store, async (s) => {
    const vendor = await lockVendor(s, b.vendorId);
    if (!vendor || !managesVendor(p, vendor.id))
      throw new AppError('NOT_FOUND', `Vendor ${b.vendorId} not found`);
    if (!vendor.active) throw new AppError('CONFLICT', `Vendor ${vendor.id} is inactive`);
    if (await lockTeam(s, b.id)) throw new AppError('CONFLICT', `Team ${b.id} exists`);
    return auditCreated(s, p.id, 'team', await insertTeam(s, b));
  }).catch((e: unknown) => conflictOnDuplicate(e, `Team ${b.id} exists`));
}

export function updateTeam(store: Store, p: Principal, id: string, b: UnitPatch): Promise<Team> {
  return inTransaction(store, async (s) => {
    const before = await lockTeam(s, id);
    if (!before || !managesVendor(p, before.vendorId))
      throw new AppError('NOT_FOUND', `Team ${id} not found`);
    if (b.active === false && before.active && (await countActiveAgents(s, before.id)) > 0) {
      throw new AppError('CONFLICT', `Team ${before.id} still has active agents; move or deactivate them`);
    }
    if (b.active === true && !before.active && !(await lockVendor(s, before.vendorId))?.active) {
      throw new AppError('CONFLICT', `Vendor ${before.vendorId} is inactive; reactivate it first`);
    }
    return updateUnitAudited(s, p.id, 'team', before, b, writeTeam);
  });
}
