import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  fillDays,
  filtersToParams,
  listQuery,
  pageRequest,
  parseFilters,
  rememberCursor,
  statsQuery,
} from './filters.ts';
import type { PageCursors } from './filters.ts';

const TODAY = '2026-10-08';

describe('conversation list filters in the URL', () => {
  it('round-trips every filter', () => {
    const qs =
      'from=2026-10-01&to=2026-10-07&teamId=t1&agentId=A001&q=%E6%8A%95%E8%AF%89&rule=shirking&minScore=60&maxScore=80&page=3&pageSize=50';
    const f = parseFilters(new URLSearchParams(qs), TODAY);
    expect(f).toEqual({
      from: '2026-10-01',
      to: '2026-10-07',
      teamId: 't1',
      agentId: 'A001',
      q: '投诉',
      rule: 'shirking',
      minScore: 60,
      maxScore: 80,
      page: 3,
      pageSize: 50,
    });
    expect(filtersToParams(f).toString()).toBe(qs);
  });

  it('defaults to the last 30 days including today', () => {
    expect(defaultPeriod(TODAY)).toEqual({ from: '2026-09-09', to: '2026-10-08' });
    expect(defaultPeriod('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(parseFilters(new URLSearchParams(''), TODAY)).toEqual({
      from: '2026-09-09',
      to: '2026-10-08',
      page: 1,
      pageSize: 20,
    });
  });

  it('drops malformed values instead of sending them to the API', () => {
    const f = parseFilters(
      new URLSearchParams('from=2026-10-07&to=2026-10-01&minScore=abc&maxScore=150&page=-2&pageSize=7&q=%20'),
      TODAY,
    );
    expect(f).toEqual({ from: '2026-09-09', to: '2026-10-08', page: 1, pageSize: 20 });
  });

  it('asks the API for the picked days as a half-open period in Shanghai time', () => {
    const f = parseFilters(new URLSearchParams('from=2026-10-01&to=2026-10-07&agentId=A001&page=2'), TODAY);
    expect(statsQuery(f)).toEqual({
      from: '2026-10-01T00:00:00+08:00',
      to: '2026-10-08T00:00:00+08:00',
      teamId: undefined,
      agentId: 'A001',
      q: undefined,
      minScore: undefined,
      maxScore: undefined,
    });
    expect(listQuery(f)).toMatchObject({ from: '2026-10-01T00:00:00+08:00', page: 2, pageSize: 20 });
  });
});

describe('fillDays', () => {
  it('lists every day of the period, zero where the server has no calls', () => {
    const days = fillDays([{ date: '2026-10-02', count: 3, avgScore: 88.5 }], '2026-09-30', '2026-10-03');
    expect(days).toEqual([
      { date: '2026-09-30', count: 0, avgScore: null },
      { date: '2026-10-01', count: 0, avgScore: null },
      { date: '2026-10-02', count: 3, avgScore: 88.5 },
      { date: '2026-10-03', count: 0, avgScore: null },
    ]);
  });

  it('yields nothing for an inverted period', () => {
    expect(fillDays([], '2026-10-03', '2026-10-01')).toEqual([]);
  });

  it('round-trips channel, review state, id and caller, and drops an unknown review state', () => {
    const f = parseFilters(
      new URLSearchParams(
        'channel=chat&reviewState=appealed&id=demo-01&caller=138%2000&from=2026-10-01&to=2026-10-02',
      ),
      TODAY,
    );
    expect(f).toMatchObject({ channel: 'chat', reviewState: 'appealed', id: 'demo-01', caller: '138 00' });
    expect(parseFilters(filtersToParams(f), TODAY)).toEqual(f);
    expect(listQuery(f)).toMatchObject({
      channel: 'chat',
      reviewState: 'appealed',
      id: 'demo-01',
      caller: '138 00',
    });
    expect(parseFilters(new URLSearchParams('reviewState=lost&channel=fax'), TODAY)).not.toHaveProperty(
      'reviewState',
    );
    expect(parseFilters(new URLSearchParams('channel=fax'), TODAY)).not.toHaveProperty('channel');
  });
});

describe('page cursors', () => {
  it('steps to the next page by the cursor of the page before, and jumps by page number', () => {
    const cursors: PageCursors = new Map();
    const q = (page: number, channel = 'chat') => ({ channel, page, pageSize: 20 });
    expect(pageRequest(q(1), cursors)).toEqual(q(1));
    rememberCursor(cursors, q(1), 'c1');
    expect(pageRequest(q(2), cursors)).toEqual({
      channel: 'chat',
      page: undefined,
      pageSize: 20,
      after: 'c1',
    });
    // A jump past the pages seen, another filter or another page size: by page number.
    expect(pageRequest(q(5), cursors)).toEqual(q(5));
    expect(pageRequest(q(2, 'voice'), cursors)).toEqual(q(2, 'voice'));
    expect(pageRequest({ ...q(2), pageSize: 50 }, cursors)).toEqual({ ...q(2), pageSize: 50 });
    // The last page has no cursor: nothing is remembered for it.
    rememberCursor(cursors, q(2), null);
    expect(pageRequest(q(3), cursors)).toEqual(q(3));
  });
});
