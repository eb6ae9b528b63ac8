// Rule pack versions (src/http/routes/packs.ts): the shapes of its answers as the web app reads them.

export interface PackVersion {
  id: string;
  version: number;
  label: string;
  name: string;
  published: boolean;
  publishedAt: string | null;
  /** The version new conversations are scored with (highest published). */
  current: boolean;
  createdAt: string;
}

export interface UploadedPack {
  id: string;
  version: number;
  label: string;
  name: string;
  created: boolean;
}

/** One problem of a rejected pack (400 BAD_INPUT details.issues). */
export interface PackIssue {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export interface HitDelta {
  rule: string;
  turn: number;
  start: number;
  end: number;
  text: string;
  deduction: number;
}

export interface ImpactPreview {
  packId: string;
  version: number;
  label: string;
  baseline: { version: number; label: string };
  from: string;
  to: string;
  conversations: number;
  truncated: boolean;
  changedCount: number;
  meanScoreBefore: number;
  meanScoreAfter: number;
  rules: {
    rule: string;
    hitsGained: number;
    hitsLost: number;
    conversationsGaining: number;
    conversationsLosing: number;
  }[];
  histogram: { bins: string[]; before: number[]; after: number[] };
  deltaHistogram: { bins: string[]; counts: number[] };
  changed: { id: string; scoreBefore: number; scoreAfter: number; gained: HitDelta[]; lost: HitDelta[] }[];
  elapsedMs: number;
}

export interface PublishedPack {
  id: string;
  version: number;
  label: string;
  published: boolean;
  current: boolean;
  alreadyPublished: boolean;
}

export interface RescoreStarted {
  jobId: string;
  packId: string;
  packVersion: number;
  label: string;
}

export interface RescoreRun {
  jobId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  packId: string;
  packVersion: number;
  label: string;
  from: string;
  to: string;
  total: number | null;
  done: number;
  chunks: number | null;
  chunksDone: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}
