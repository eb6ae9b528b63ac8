// Display names of agents and teams for list rows (a contact center has hundreds, not millions).
import { listAgents, listTeams, type Store } from '../../store/index.ts';

export async function orgNames(
  store: Store,
): Promise<{ agents: Map<string, string>; teams: Map<string, string> }> {
  const [agents, teams] = await Promise.all([listAgents(store), listTeams(store)]);
  return {
    agents: new Map(agents.map((a) => [a.id, a.name])),
    teams: new Map(teams.map((t) => [t.id, t.name])),
  };
}
