// The operator registry: every operator module is listed here once (house style §3). The meta-test
// (registry.test.ts) checks that each one is registered under its file name, is documented in docs/rules.md and has
// a table test whose cases (<id>.cases.ts) set every option.
import { agentHangup } from './agent-hangup.ts';
import { classifier } from './classifier.ts';
import { closingDue } from './closing-due.ts';
import { complaintRisk } from './complaint-risk.ts';
import type { Operator } from './define.ts';
import { duration } from './duration.ts';
import { holdThanks } from './hold-thanks.ts';
import { interruption } from './interruption.ts';
import { phrase } from './phrase.ts';
import { proximity } from './proximity.ts';
import { regex } from './regex.ts';
import { repetition } from './repetition.ts';
import { sequence } from './sequence.ts';
import { silence } from './silence.ts';
import { speechRate } from './speech-rate.ts';
import { turnMeta } from './turn-meta.ts';

export const OPERATORS: readonly Operator[] = [
  phrase,
  regex,
  proximity,
  sequence,
  repetition,
  silence,
  interruption,
  speechRate,
  duration,
  holdThanks,
  agentHangup,
  complaintRisk,
  closingDue,
  turnMeta,
  classifier,
];

const byId = new Map(OPERATORS.map((o) => [o.id, o]));

export function getOperator(id: string): Operator | undefined {
  return byId.get(id);
}

export type { CompileContext, Operator, OperatorMeta } from './define.ts';
