// The pure helpers of the repositories: day lists, search folding, content hash, call length.
import { describe, expect, it } from 'vitest';
import { conversation } from '../testing/fixtures.ts';
import { foldSearchText } from './conversation-filter.ts';
import { contentHash, durationMs } from './conversations.ts';
import { localDays } from '../../core/time/index.ts';

describe('localDays', () => {
  it('lists the Beijing days of a range given in instants', () => {
    expect(
      localDays(new Date('2026-10-31T16:00:00Z'), new Date('2026-11-02T16:00:00Z'), 'Asia/Shanghai'),
    ).toEqual(['2026-11-01', '2026-11-02']);
    expect(
      localDays(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'), 'Asia/Shanghai'),
    ).toEqual([]);
  });

  it('walks calendar days across a daylight-saving change', () => {
    // New York leaves DST on 2026-11-01: that day has 25 hours.
    expect(
      localDays(new Date('2026-10-31T04:00:00Z'), new Date('2026-11-03T05:00:00Z'), 'America/New_York'),
    ).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
  });
});

describe('foldSearchText', () => {
  it('folds full-width forms and ASCII case, and leaves Chinese and symbols alone', () => {
    expect(foldSearchText('我要办理ＶＩＰ业务，号码１２３')).toBe('我要办理vip业务,号码123');
    expect(foldSearchText('50%_Ab')).toBe('50%_ab');
  });
});

describe('contentHash and durationMs', () => {
  it('hashes content, not key order', () => {
    const c = conversation('h-1');
    const { turns, ...rest } = c;
    expect(contentHash({ ...rest, turns })).toBe(contentHash(c));
    expect(contentHash({ ...c, meta: { skill: '电费' } })).not.toBe(contentHash(c));
  });

  it('takes the last known moment of turns and events, or null without times', () => {
    expect(durationMs(conversation('d', { events: [{ type: 'hold', startMs: 3000, endMs: 12000 }] }))).toBe(
      12000,
    );
    expect(
      durationMs(conversation('d', { turns: [{ role: 'agent', text: '您好' }], events: [] })),
    ).toBeNull();
  });
});
