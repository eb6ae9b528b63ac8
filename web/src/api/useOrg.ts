// The organisation lists the operations screens filter by (vendors, teams, agents), in the caller's scope.
import { api } from './client.ts';
import type { Agent } from './types.ts';
import type { Team, Vendor } from './ops-types.ts';
import { useApi } from './useApi.ts';

export interface Org {
  vendors: Vendor[];
  teams: Team[];
  agents: (Agent & { vendorId?: string })[];
}

export function useOrg() {
  return useApi<Org>('org', async (signal) => {
    const [v, t, a] = await Promise.all([
      api.get<{ items: Vendor[] }>('/api/vendors', undefined, signal),
      api.get<{ items: Team[] }>('/api/teams', undefined, signal),
      api.get<{ items: Org['agents'] }>('/api/agents', undefined, signal),
    ]);
    return { vendors: v.items, teams: t.items, agents: a.items };
  });
}
