// Types of the coaching screens, taken from the generated OpenAPI contract (web/src/api/generated/openapi.ts).
import type { ResponseOf } from '../../api/typed.ts';

export type CasesAnswer = ResponseOf<'/api/coaching/cases', 'get'>;
export type CoachingCase = CasesAnswer['items'][number];
export type CaseCategory = CasesAnswer['categories'][number];
export type Candidate = ResponseOf<'/api/coaching/candidates', 'get'>['items'][number];
export type SessionsAnswer = ResponseOf<'/api/coaching/sessions', 'get'>;
export type TrainingSession = SessionsAnswer['items'][number];
export type StudyAnswer = ResponseOf<'/api/coaching/sessions/{id}/study', 'get'>;
export type CoachingPlan = ResponseOf<'/api/coaching/plans', 'get'>['items'][number];
export type StagesAnswer = ResponseOf<'/api/coaching/stages', 'get'>;
export type Idea = ResponseOf<'/api/ideas', 'get'>['items'][number];

export const SESSION_FORMATS = ['morning', 'after_shift', 'on_site', 'micro'] as const;
export const STAGES = ['new', 'early', 'middle', 'late'] as const;
export const IDEA_STATES = ['received', 'evaluating', 'adopted', 'declined', 'duplicate'] as const;
export const IDEA_CATEGORIES = ['service', 'process', 'product', 'system', 'knowledge', 'other'] as const;
export const CATEGORY_IDS = [
  'excellent',
  'problem',
  'contrast',
  'touched-customer',
  'touched-agent',
] as const;
