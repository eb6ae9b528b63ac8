// Calibration report (docs/product.md "Review, appeals, sampling and calibration"): several inspectors score the same conversations blind; afterwards
// agreement is reported per item — each rule's hits (confirm/reject) and each manual scorecard item (deduct or not,
// seed 002 质检标准 专业水平) — with Fleiss' kappa (and Cohen's when exactly two inspectors took part), and per
// inspector: agreement with the majority (ties skipped), with the QA lead, and how far their total score lies from
// the others'.
import { cohenKappa, countMatrix, fleissKappa } from './kappa.ts';
import type { ReviewHit, Verdict } from './types.ts';

export interface CalibrationRating {
  readonly userId: string;
  readonly conversationId: string;
  readonly hits: readonly { readonly hit: number; readonly verdict: Verdict }[];
  readonly deductions: readonly { readonly item: string; readonly occurrences: number }[];
  /** The total this rating yields on the scorecard (computed by the caller), or null. */
  readonly total: number | null;
}

export interface CalibrationInput {
  readonly conversations: readonly { readonly conversationId: string; readonly hits: readonly ReviewHit[] }[];
  /** Manual scorecard item ids: every submitted rating judges each of them (no deduction = `none`). */
  readonly manualItems: readonly string[];
  readonly ratings: readonly CalibrationRating[];
  /** The reference rater (the QA lead), when one took part. */
  readonly leadUserId: string | null;
}

type Label = 'confirm' | 'reject' | 'deduct' | 'none';

interface Unit {
  readonly group: string;
  readonly labels: ReadonlyMap<string, Label>;
}

export interface ItemAgreement {
  /** `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items. */
  readonly key: string;
  readonly units: number;
  readonly observed: number | null;
  readonly fleiss: number | null;
  /** Cohen's kappa when exactly two inspectors rated; null otherwise or when undefined. */
  readonly cohen: number | null;
}

export interface InspectorAgreement {
  readonly userId: string;
  readonly conversations: number;
  readonly withMajority: { readonly units: number; readonly agreement: number | null };
  readonly withLead: {
    readonly units: number;
    readonly agreement: number | null;
    readonly kappa: number | null;
  } | null;
  /** Mean |own total − mean of the others' totals| over the conversations both scored. */
  readonly meanScoreDeviation: number | null;
}

export interface CalibrationReport {
  readonly raters: readonly string[];
  readonly overall: ItemAgreement;
  readonly items: readonly ItemAgreement[];
  readonly inspectors: readonly InspectorAgreement[];
}

function units(input: CalibrationInput): Unit[] {
  const byConversation = new Map<string, CalibrationRating[]>();
  for (const r of input.ratings) {
    const list = byConversation.get(r.conversationId) ?? [];
    list.push(r);
    byConversation.set(r.conversationId, list);
  }
  const out: Unit[] = [];
  for (const c of input.conversations) {
    const ratings = byConversation.get(c.conversationId) ?? [];
    c.hits.forEach((h, i) => {
      const labels = new Map<string, Label>();
      for (const r of ratings) {
        const v = r.hits.find((x) => x.hit === i)?.verdict;
        if (v !== undefined) labels.set(r.userId, v);
      }
      out.push({ group: `rule:${h.rule}`, labels });
    });
    for (const item of input.manualItems) {
      const labels = new Map<string, Label>();
      for (const r of ratings) {
        const n = r.deductions.find((d) => d.item === item)?.occurrences ?? 0;
        labels.set(r.userId, n > 0 ? 'deduct' : 'none');
      }
      out.push({ group: `item:${item}`, labels });
    }
  }
  return out;
}

const CATEGORIES: readonly Label[] = ['confirm', 'reject', 'deduct', 'none'];

function agreementOf(key: string, list: readonly Unit[], raters: readonly string[]): ItemAgreement {
  const rated = list.filter((u) => u.labels.size >= 2);
  const f = fleissKappa(
    countMatrix(
      CATEGORIES,
      rated.map((u) => [...u.labels.values()]),
    ),
  );
  let cohen: number | null = null;
  const [a, b] = raters;
  if (raters.length === 2 && a !== undefined && b !== undefined) {
    const pairs = rated.flatMap((u) => {
      const x = u.labels.get(a);
      const y = u.labels.get(b);
      return x !== undefined && y !== undefined ? [[x, y] as const] : [];
    });
    cohen = cohenKappa(pairs).kappa;
  }
  return { key, units: rated.length, observed: f.subjects === 0 ? null : f.observed, fleiss: f.kappa, cohen };
}

/** The label most raters chose; undefined on a tie or with fewer than two raters. */
function majority(labels: ReadonlyMap<string, Label>): Label | undefined {
  if (labels.size < 2) return undefined;
  const counts = new Map<Label, number>();
  for (const l of labels.values()) counts.set(l, (counts.get(l) ?? 0) + 1);
  const sorted = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = sorted;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return undefined;
  return first[0];
}

export function calibrationReport(input: CalibrationInput): CalibrationReport {
  const raters = [...new Set(input.ratings.map((r) => r.userId))].sort();
  const all = units(input);
  const groups = new Map<string, Unit[]>();
  for (const u of all) groups.set(u.group, [...(groups.get(u.group) ?? []), u]);
  const items = [...groups.keys()].sort().map((k) => agreementOf(k, groups.get(k) ?? [], raters));

  const inspectors = raters.map((userId): InspectorAgreement => {
    let mUnits = 0;
    let mAgree = 0;
    const leadPairs: (readonly [Label, Label])[] = [];
    for (const u of all) {
      const own = u.labels.get(userId);
      if (own === undefined) continue;
      const m = majority(u.labels);
      if (m !== undefined) {
        mUnits++;
        if (m === own) mAgree++;
      }
      const lead =
        input.leadUserId === null || input.leadUserId === userId ? undefined : u.labels.get(input.leadUserId);
      if (lead !== undefined) leadPairs.push([own, lead]);
    }
    const withLead =
      input.leadUserId === null || input.leadUserId === userId || !raters.includes(input.leadUserId)
        ? null
        : (() => {
            const k = cohenKappa(leadPairs);
            return { units: k.subjects, agreement: k.subjects === 0 ? null : k.observed, kappa: k.kappa };
          })();
    const own = input.ratings.filter((r) => r.userId === userId);
    const deviations = own.flatMap((r) => {
      const others = input.ratings.filter(
        (o) => o.conversationId === r.conversationId && o.userId !== userId && o.total !== null,
      );
      if (r.total === null || others.length === 0) return [];
      const mean = others.reduce((s, o) => s + (o.total ?? 0), 0) / others.length;
      return [Math.abs(r.total - mean)];
    });
    return {
      userId,
      conversations: own.length,
      withMajority: { units: mUnits, agreement: mUnits === 0 ? null : mAgree / mUnits },
      withLead,
      meanScoreDeviation:
        deviations.length === 0 ? null : deviations.reduce((s, d) => s + d, 0) / deviations.length,
    };
  });
  return { raters, overall: agreementOf('overall', all, raters), items, inspectors };
}
