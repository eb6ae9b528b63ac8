// The operator contract (house style §3): metadata, an options schema validated once when the pack loads,
// and a compile step that turns validated options into a probe over one conversation.
import type { z } from 'zod';
import type { PhraseHandle, Probe, RoleScope } from '../types.ts';
import type { MatchSpec, PhraseSpec } from './common.ts';

export interface CompileContext {
  /**
   * Register a phrase list in the pack's shared index; `match` overrides the pack's default options. `role` is whose
   * turns the list is read in (default: the condition's role); it only groups lists so that a turn is scanned by
   * the lists its role is read for, and reading a list in another role's turn is still right, only slower.
   */
  phrases(list: readonly PhraseSpec[], match: MatchSpec | undefined, role?: RoleScope): PhraseHandle;
}

export interface OperatorMeta {
  /** The `op:` value in a pack; equals the module's file name. */
  readonly id: string;
  readonly names: { readonly zh: string; readonly en: string };
  readonly summary: string;
  /** Needs turn times: answers "not applicable" on conversations without them. */
  readonly timing: boolean;
  /**
   * A hit found on the first turns of a call stays a hit whatever is said later (a forbidden phrase, a threat, a
   * silence that has ended), so a live call may report it before the hang-up. False for operators that judge an
   * absence or the whole call (a missing closing, the call's duration, thanks after a hold): see docs/rules.md.
   */
  readonly midCall: boolean;
  /** Hits are quotable text spans, so the quoting/echo/overlap exceptions apply. */
  readonly textHits: boolean;
  readonly defaultRole: RoleScope;
}

export interface Operator extends OperatorMeta {
  readonly options: z.ZodObject;
  compile(raw: unknown, ctx: CompileContext): Probe;
}

interface OperatorDef<S extends z.ZodObject> extends OperatorMeta {
  readonly options: S;
  compile(options: z.output<S>, ctx: CompileContext): Probe;
}

export function defineOperator<S extends z.ZodObject>(def: OperatorDef<S>): Operator {
  // The pack schema already validated the options; parsing again applies this operator's defaults.
  return { ...def, compile: (raw, ctx) => def.compile(def.options.parse(raw), ctx) };
}
