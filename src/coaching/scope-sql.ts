// The caller's row scope as SQL conditions for the coaching aggregates (src/auth/row-scope.ts narrowScope, as raw
// parameterised text: the aggregates are single statements over conversations, results and agents).
export interface ScopeLists {
  agentIds?: readonly string[] | undefined;
  teamIds?: readonly string[] | undefined;
  vendorIds?: readonly string[] | undefined;
}

/** ` and <alias>.agent_id = any($n) …` for each restricted list; pushes the lists onto `params`. */
export function scopeSql(alias: string, s: ScopeLists, params: unknown[]): string {
  let out = '';
  const add = (col: string, list: readonly string[] | undefined) => {
    if (list === undefined) return;
    params.push([...list]);
    out += ` and ${alias}.${col} = any($${params.length}::text[])`;
  };
  add('agent_id', s.agentIds);
  add('team_id', s.teamIds);
  add('vendor_id', s.vendorIds);
  return out;
}
