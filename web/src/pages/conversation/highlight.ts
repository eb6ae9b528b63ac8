// Split a turn's text at the hit spans so each hit can be highlighted exactly where it matched. Hits use UTF-16
// offsets into the original turn text (docs/product.md, `zhijian check` contract), which is what String.slice takes.
// Spans may overlap (two rules on the same words): each segment lists every hit covering it.

export interface Span {
  start: number;
  end: number;
}

export interface Segment<H extends Span> {
  text: string;
  start: number;
  end: number;
  hits: H[];
}

/** Segments covering `text` in order; empty or out-of-range spans are clamped or ignored, never thrown on. */
export function splitBySpans<H extends Span>(text: string, hits: readonly H[]): Segment<H>[] {
  const len = text.length;
  const valid = hits.filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start < h.end);
  const clamp = (n: number) => Math.min(len, Math.max(0, n));
  const cuts = new Set<number>([0, len]);
  for (const h of valid) {
    cuts.add(clamp(h.start));
    cuts.add(clamp(h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<H>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    const prev = segments[segments.length - 1];
    // merge neighbours with the same covering hits so plain text stays one node
    if (prev && sameHits(prev.hits, covering)) {
      prev.text += text.slice(start, end);
      prev.end = end;
    } else {
      segments.push({ text: text.slice(start, end), start, end, hits: covering });
    }
  }
  return segments;
}

function sameHits<H>(a: readonly H[], b: readonly H[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}
