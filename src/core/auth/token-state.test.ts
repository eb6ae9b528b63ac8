import { describe, expect, it } from 'vitest';
import { tokenPermits, tokenState } from './token-state.ts';

const NOW = new Date('2026-10-20T04:00:00Z');

describe('API token state', () => {
  it('is revoked before expired, expired at its expiry instant, active otherwise', () => {
    const at = new Date('2026-10-19T00:00:00Z');
    expect(tokenState({ revokedAt: at, expiresAt: at }, NOW)).toEqual({ kind: 'revoked', at });
    expect(tokenState({ revokedAt: null, expiresAt: NOW }, NOW)).toEqual({ kind: 'expired', at: NOW });
    expect(tokenState({ revokedAt: null, expiresAt: new Date(NOW.getTime() + 1) }, NOW)).toEqual({
      kind: 'active',
    });
    expect(tokenState({ revokedAt: null, expiresAt: null }, NOW)).toEqual({ kind: 'active' });
  });

  it('permits everything without a list, only the listed actions with one', () => {
    expect(tokenPermits(null, 'users.manage')).toBe(true);
    expect(tokenPermits(['ingest.write'], 'ingest.write')).toBe(true);
    expect(tokenPermits(['ingest.write'], 'users.manage')).toBe(false);
  });
});
