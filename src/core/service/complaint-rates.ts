// Complaint rate (投诉率) by month, cause, team and agent: complaints received per 10,000 calls handled in the same
// month and scope. Seed 004 asks for complaints to be analysed by cause (客诉原因分析) and kept down per team and
// agent; seed 002 charges them per case. Calls are the conversations stored for the month (the denominator users
// see on the dashboard). Pure: the caller loads the counts.

export interface ComplaintCount {
  readonly month: string;
  readonly causeId: string | null;
  readonly teamId: string;
  readonly agentId: string;
  readonly complaints: number;
}

export interface CallCount {
  readonly month: string;
  readonly teamId: string | null;
  readonly agentId: string | null;
  readonly calls: number;
}

export interface RateRow {
  readonly key: string;
  readonly complaints: number;
  readonly calls: number;
  /** Complaints per 10,000 calls, one decimal; null without calls. */
  readonly per10k: number | null;
}

export interface ComplaintRates {
  readonly byMonth: RateRow[];
  /** Share of the period's complaints per cause (`unclassified` for complaints registered without one). */
  readonly byCause: { readonly causeId: string; readonly complaints: number; readonly share: number }[];
  readonly byTeam: RateRow[];
  readonly byAgent: RateRow[];
}

const per10k = (complaints: number, calls: number): number | null =>
  calls === 0 ? null : Math.round((complaints / calls) * 100_000) / 10;

function rows(
  keys: Iterable<string>,
  complaints: Map<string, number>,
  calls: Map<string, number>,
): RateRow[] {
  return [...new Set(keys)].map((key) => {
    const c = complaints.get(key) ?? 0;
    const n = calls.get(key) ?? 0;
    return { key, complaints: c, calls: n, per10k: per10k(c, n) };
  });
}

const add = (m: Map<string, number>, k: string | null, n: number) => {
  if (k !== null) m.set(k, (m.get(k) ?? 0) + n);
};

export function complaintRates(
  months: readonly string[],
  complaints: readonly ComplaintCount[],
  calls: readonly CallCount[],
): ComplaintRates {
  const cm = new Map<string, number>();
  const ct = new Map<string, number>();
  const ca = new Map<string, number>();
  const cc = new Map<string, number>();
  for (const c of complaints) {
    add(cm, c.month, c.complaints);
    add(ct, c.teamId, c.complaints);
    add(ca, c.agentId, c.complaints);
    add(cc, c.causeId ?? 'unclassified', c.complaints);
  }
  const nm = new Map<string, number>();
  const nt = new Map<string, number>();
  const na = new Map<string, number>();
  for (const c of calls) {
    add(nm, c.month, c.calls);
    add(nt, c.teamId, c.calls);
    add(na, c.agentId, c.calls);
  }
  const total = [...cc.values()].reduce((a, b) => a + b, 0);
  const byRate = (a: RateRow, b: RateRow) =>
    (b.per10k ?? -1) - (a.per10k ?? -1) || b.complaints - a.complaints || (a.key < b.key ? -1 : 1);
  return {
    byMonth: rows(months, cm, nm),
    byCause: [...cc]
      .map(([causeId, n]) => ({ causeId, complaints: n, share: total === 0 ? 0 : n / total }))
      .sort((a, b) => b.complaints - a.complaints || (a.causeId < b.causeId ? -1 : 1)),
    byTeam: rows([...ct.keys(), ...nt.keys()], ct, nt).sort(byRate),
    // agents with a complaint, worst first: the ones a team leader coaches
    byAgent: rows(ca.keys(), ca, na).sort(byRate),
  };
}
