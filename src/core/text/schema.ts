// Rule-file shapes of a phrase list and its options (parsed once when a rule pack loads), e.g. in YAML:
//   mode: tolerant
//   maxFillers: 2
//   stutter: true
//   homophones: true
//   maxGap: 8
//   phrases: [我不是跟你说过, { pattern: 不知道, notFollowedBy: [您] }, 不是…说过]
import { z } from 'zod';

export const MATCH_MODES = ['exact', 'normalized', 'tolerant'] as const;

export const phraseEntrySchema = z.union([
  z.string().min(1),
  z.strictObject({
    pattern: z.string().min(1),
    notFollowedBy: z.array(z.string().min(1)).optional(),
    notPrecededBy: z.array(z.string().min(1)).optional(),
    maxGap: z.number().int().min(0).max(200).optional(),
  }),
]);

export const matchOptionsSchema = z.strictObject({
  mode: z.enum(MATCH_MODES).optional(),
  maxFillers: z.number().int().min(0).max(5).optional(),
  fillers: z.array(z.string().min(1)).optional(),
  stutter: z.boolean().optional(),
  homophones: z.boolean().optional(),
  nearPinyin: z.boolean().optional(),
  maxGap: z.number().int().min(0).max(200).optional(),
});

/** A phrase list with its options, as one block of a rule file. */
export const phraseListSchema = matchOptionsSchema.extend({ phrases: z.array(phraseEntrySchema).min(1) });
