// A rejected pack names the file, the line and the reason (docs/product.md: "a bad pack is rejected with file, line and reason").
import type { z } from 'zod';

export interface PackIssue {
  readonly file: string;
  /** 1-based; 0 when the position is unknown. */
  readonly line: number;
  readonly column: number;
  /** Dotted path into the pack, e.g. `rules.3.when.all.0.phrases`. */
  readonly path: string;
  readonly message: string;
}

export class PackError extends Error {
  constructor(readonly issues: readonly PackIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'PackError';
  }
}

export function formatIssue(i: PackIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.path === '' ? '' : `${i.path}: `}${i.message}`;
}

type Path = readonly PropertyKey[];
interface Flat {
  path: Path;
  message: string;
  key?: string;
}

/** Flatten zod issues; for a union, keep the branch the input was evidently meant for (fewest issues at its root). */
export function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): Flat[] {
  const out: Flat[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.map((errs) => flattenIssues(errs, path));
      const score = (b: Flat[]): number =>
        b.filter((f) => f.path.length <= path.length).length * 1000 + b.length;
      const best = branches.reduce((a, b) => (score(b) < score(a) ? b : a));
      out.push(...best);
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path, message: `unknown key "${key}"`, key });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}
