// What travels on the live bus and out of GET /api/live/alerts/stream. `alert` carries the fixed data fields of
// docs/product.md ("Integration endpoints": id, callId, agentId, rule, text, turn, at, severity) plus more.
import type { Severity } from '../core/live/alerts.ts';

export interface AlertData {
  id: string;
  callId: string;
  agentId: string;
  rule: string;
  text: string;
  turn: number;
  at: string;
  severity: Severity;
  state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
  escalated: boolean;
}

/** Placement, used to decide who receives a message; never sent to browsers. */
export interface Placement {
  agentId: string;
  teamId: string | null;
  vendorId: string | null;
  audiences: string[];
}

export type LiveMessage =
  | { type: 'alert'; alert: AlertData; to: Placement }
  | { type: 'line'; callId: string; seq: number; role: string; text: string; final: boolean; to: Placement }
  | { type: 'call'; callId: string; state: 'live' | 'ended'; to: Placement };
