// Every job this program runs; `serve` and `worker` start workers for all of them.
import type { AnyJobDefinition } from '../jobs/define.ts';
import { scoreConversationsJob } from './score-job.ts';

export const ALL_JOBS: readonly AnyJobDefinition[] = [scoreConversationsJob];
