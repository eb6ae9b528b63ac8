// Rule pack versions (src/http/routes/packs.ts): the shapes of its answers, taken from the generated OpenAPI types.
import type { ResponseOf } from './typed.ts';

export type PackVersion = ResponseOf<'/api/packs', 'get'>['items'][number];

export type UploadedPack = ResponseOf<'/api/packs', 'post'>;

/**
 * One problem of a rejected pack (400 BAD_INPUT details.issues). Written here: error details are free-form in the
 * error answer every route declares (src/http/route-contract.ts), so the document gives no type for them.
 */
export interface PackIssue {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export type ImpactPreview = ResponseOf<'/api/packs/{id}/{version}/preview', 'post'>;
export type HitDelta = ImpactPreview['changed'][number]['gained'][number];

export type PublishedPack = ResponseOf<'/api/packs/{id}/{version}/publish', 'post'>;

export type RescoreStarted = ResponseOf<'/api/rescore', 'post'>;

export type RescoreRun = ResponseOf<'/api/rescore/{jobId}', 'get'>;
