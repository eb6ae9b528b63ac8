import { describe, expect, it } from 'vitest';
import { isStatementEditable, transitionStatement, type StatementState } from './statement-state.ts';

const vendor = { id: 'u-vendor', role: 'vendor-manager' } as const;
const client = { id: 'u-client', role: 'client' } as const;
const at = '2026-11-06T10:00:00+08:00';

describe('statement states', () => {
  it('goes draft → confirmed (vendor manager) → approved (client), with audit events', () => {
    const c = transitionStatement({ kind: 'draft' }, { type: 'confirm', actor: vendor, at });
    expect(c).toMatchObject({ ok: true, state: { kind: 'confirmed', confirmedBy: 'u-vendor' } });
    if (!c.ok) return;
    const a = transitionStatement(c.state, { type: 'approve', actor: client, at });
    expect(a).toEqual({
      ok: true,
      state: {
        kind: 'approved',
        confirmedBy: 'u-vendor',
        confirmedAt: at,
        approvedBy: 'u-client',
        approvedAt: at,
      },
      audit: {
        action: 'approve',
        from: 'confirmed',
        to: 'approved',
        actorId: 'u-client',
        actorRole: 'client',
        at,
      },
    });
  });

  it('refuses illegal moves and the wrong role', () => {
    const draft: StatementState = { kind: 'draft' };
    const confirmed: StatementState = { kind: 'confirmed', confirmedBy: 'u-vendor', confirmedAt: at };
    expect(transitionStatement(draft, { type: 'approve', actor: client, at })).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
    expect(transitionStatement(draft, { type: 'confirm', actor: client, at })).toMatchObject({
      ok: false,
      code: 'role-not-allowed',
    });
    expect(transitionStatement(confirmed, { type: 'approve', actor: vendor, at })).toMatchObject({
      ok: false,
      code: 'role-not-allowed',
    });
    expect(transitionStatement(confirmed, { type: 'confirm', actor: vendor, at })).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
    expect(transitionStatement(draft, { type: 'reopen', actor: vendor, at, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'illegal-transition',
    });
  });

  it('lets a confirmed statement be reopened with a reason', () => {
    const confirmed: StatementState = { kind: 'confirmed', confirmedBy: 'u-vendor', confirmedAt: at };
    expect(transitionStatement(confirmed, { type: 'reopen', actor: client, at, reason: ' ' })).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
    expect(
      transitionStatement(confirmed, { type: 'reopen', actor: client, at, reason: '投诉判定有误' }),
    ).toMatchObject({
      ok: true,
      state: { kind: 'draft' },
      audit: { from: 'confirmed', to: 'draft', reason: '投诉判定有误' },
    });
  });

  it('locks an approved statement against every action', () => {
    const approved: StatementState = {
      kind: 'approved',
      confirmedBy: 'v',
      confirmedAt: at,
      approvedBy: 'c',
      approvedAt: at,
    };
    for (const action of [
      { type: 'confirm', actor: vendor, at },
      { type: 'approve', actor: client, at },
      { type: 'reopen', actor: client, at, reason: '更正' },
    ] as const)
      expect(transitionStatement(approved, action)).toMatchObject({ ok: false, code: 'statement-locked' });
    expect([isStatementEditable({ kind: 'draft' }), isStatementEditable(approved)]).toEqual([true, false]);
  });
});
