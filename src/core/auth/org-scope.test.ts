import { describe, expect, it } from 'vitest';
import { contains, homeOf, managesVendor, orgIndex, placeUser, seesUnit } from './org-scope.ts';
import type { Principal, UserRole } from './roles.ts';

// C1 → V1 (T1: A1, T2: A2), V2 (T3: A3); C2 → V3 (T4: A4)
const ix = orgIndex({
  vendors: [
    { id: 'V1', clientId: 'C1' },
    { id: 'V2', clientId: 'C1' },
    { id: 'V3', clientId: 'C2' },
  ],
  teams: [
    { id: 'T1', vendorId: 'V1' },
    { id: 'T2', vendorId: 'V1' },
    { id: 'T3', vendorId: 'V2' },
    { id: 'T4', vendorId: 'V3' },
  ],
  agents: [
    { id: 'A1', teamId: 'T1' },
    { id: 'A2', teamId: 'T2' },
    { id: 'A3', teamId: 'T3' },
    { id: 'A4', teamId: 'T4' },
  ],
});

const who = (
  role: UserRole,
  ids: Partial<Pick<Principal, 'agentId' | 'teamId' | 'vendorId'>> = {},
): Principal => ({
  id: 'u',
  username: 'u',
  displayName: 'u',
  role,
  agentId: ids.agentId ?? null,
  teamId: ids.teamId ?? null,
  vendorId: ids.vendorId ?? null,
});

const visible = (p: Principal, level: 'client' | 'vendor' | 'team' | 'agent', ids: string[]) =>
  ids.filter((id) => seesUnit(homeOf(p, ix), ix, level, id));

describe('organisation scope', () => {
  it('lets unscoped roles see everything', () => {
    for (const role of ['admin', 'qa_lead', 'qa_inspector', 'complaint_desk'] as const) {
      expect(homeOf(who(role), ix)).toBeNull();
      expect(visible(who(role), 'agent', ['A1', 'A3', 'A4'])).toEqual(['A1', 'A3', 'A4']);
    }
  });

  it('confines an agent to themselves and the units above them', () => {
    const p = who('agent', { agentId: 'A1' });
    expect(visible(p, 'agent', ['A1', 'A2', 'A3'])).toEqual(['A1']);
    expect(visible(p, 'team', ['T1', 'T2'])).toEqual(['T1']);
    expect(visible(p, 'vendor', ['V1', 'V2'])).toEqual(['V1']);
    expect(visible(p, 'client', ['C1', 'C2'])).toEqual(['C1']);
  });

  it('confines a team leader to their team and a vendor manager to their vendor', () => {
    const tl = who('team_leader', { teamId: 'T1' });
    expect(visible(tl, 'agent', ['A1', 'A2'])).toEqual(['A1']);
    expect(visible(tl, 'team', ['T1', 'T2'])).toEqual(['T1']);
    const pm = who('vendor_manager', { vendorId: 'V1' });
    expect(visible(pm, 'agent', ['A1', 'A2', 'A3'])).toEqual(['A1', 'A2']);
    expect(visible(pm, 'team', ['T1', 'T2', 'T3'])).toEqual(['T1', 'T2']);
    expect(visible(pm, 'client', ['C1', 'C2'])).toEqual(['C1']);
  });

  it('shows nothing to a scoped role without its scope id (a misconfigured account)', () => {
    const p = who('team_leader');
    expect(visible(p, 'agent', ['A1', 'A2', 'A3', 'A4'])).toEqual([]);
    expect(visible(p, 'client', ['C1', 'C2'])).toEqual([]);
  });

  it('places user accounts by their scope id', () => {
    const home = homeOf(who('vendor_manager', { vendorId: 'V1' }), ix);
    expect(contains(home, placeUser(ix, { agentId: 'A2', teamId: null, vendorId: null }))).toBe(true);
    expect(contains(home, placeUser(ix, { agentId: null, teamId: 'T3', vendorId: null }))).toBe(false);
    expect(contains(home, placeUser(ix, { agentId: null, teamId: null, vendorId: null }))).toBe(false);
    const tlHome = homeOf(who('team_leader', { teamId: 'T1' }), ix);
    // A team leader does not see the vendor manager above them.
    expect(contains(tlHome, placeUser(ix, { agentId: null, teamId: null, vendorId: 'V1' }))).toBe(false);
  });

  it('lets the admin manage anywhere and a vendor manager only inside their vendor', () => {
    expect(managesVendor(who('admin'), 'V2')).toBe(true);
    expect(managesVendor(who('vendor_manager', { vendorId: 'V1' }), 'V1')).toBe(true);
    expect(managesVendor(who('vendor_manager', { vendorId: 'V1' }), 'V2')).toBe(false);
    expect(managesVendor(who('vendor_manager'), null)).toBe(false);
    expect(managesVendor(who('qa_lead'), 'V1')).toBe(false);
  });
});
