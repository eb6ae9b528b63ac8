// The conversation list's keyset cursor (src/store/repo/conversations.ts ListCursor), on PGlite and PostgreSQL:
// walking the list page by page with each page's cursor yields exactly the list read whole (same rows, same order,
// none twice), through runs of calls started at the same moment longer than a page and through the calls without
// a start time that close the list.
import { describe, expect, it } from 'vitest';
import { listConversations, nextListCursor, upsertConversation } from './repo/conversations.ts';
import type { ListCursor } from './repo/conversations.ts';
import { conversation, seedOrganisation } from './testing/fixtures.ts';
import { testDrivers, useTestStore } from './testing/test-store.ts';

const SCOPE = { teamId: 'lc-T1', vendorId: 'lc-V1' };

describe.each(await testDrivers())('list cursor on $kind', (driver) => {
  const t = useTestStore(driver);

  it('pages through ties and untimed calls exactly as the whole list', async () => {
    const store = t.store();
    await seedOrganisation(store, 'lc-');
    // 7 calls at one moment (longer than a page of 3), 3 singles, 5 without a start time.
    const times = [
      ...Array.from({ length: 7 }, () => '2026-10-08T09:30:00.123+08:00'),
      '2026-10-08T10:00:00+08:00',
      '2026-10-07T08:00:00+08:00',
      '2026-10-09T23:59:59.999+08:00',
      ...Array.from({ length: 5 }, () => undefined),
    ];
    for (const [i, startedAt] of times.entries()) {
      const { startedAt: _s, ...base } = conversation(`lc-${String(i).padStart(2, '0')}`, {
        agentId: 'lc-A001',
      });
      await upsertConversation(store, startedAt === undefined ? base : { ...base, startedAt }, SCOPE);
    }
    const filter = { teamIds: ['lc-T1'] };
    const whole = await listConversations(store, { ...filter, limit: 100, offset: 0 });
    expect(whole).toHaveLength(times.length);
    for (const size of [1, 3, 4, 7, 15]) {
      const walked: string[] = [];
      let after: ListCursor | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const page = await listConversations(store, { ...filter, limit: size, offset: 0, after });
        walked.push(...page.map((r) => r.id));
        const next = nextListCursor(page, size, after);
        if (next === null) break;
        after = next;
      }
      expect(walked, `page size ${size}`).toEqual(whole.map((r) => r.id));
    }
  });
});
