// Planner statistics refreshed after bulk writes (src/store/repo/statistics.ts): the staleness rule, and on both
// databases the check itself (its query runs on both, and a table analyzed just now is left alone). The effect is
// measured by bench:ingest and bench:rescore --preview: the preview right after scoring no longer waits on a plan
// built from statistics that counted the new results as none.
import { describe, expect, it } from 'vitest';
import { analyzeIfStale, statisticsStale } from './repo/statistics.ts';
import { upsertConversationsBulk } from './repo/conversations-bulk.ts';
import { conversation, seedOrganisation } from './testing/fixtures.ts';
import { testDrivers, useTestStore } from './testing/test-store.ts';

describe('statisticsStale', () => {
  it('is stale past the share of rows changed, or on any change when never analyzed', () => {
    expect(statisticsStale(1000, 0, false, 0.2)).toBe(false);
    expect(statisticsStale(1000, 200, true, 0.2)).toBe(false);
    expect(statisticsStale(1000, 201, true, 0.2)).toBe(true);
    expect(statisticsStale(0, 5, false, 0.2)).toBe(true);
    expect(statisticsStale(20_000, 20_000, true, 0.2)).toBe(true);
  });
});

describe.each(await testDrivers())('analyzeIfStale on $kind', (driver) => {
  const t = useTestStore(driver);

  it('reads the change counts and leaves freshly analyzed tables alone', async () => {
    const store = t.store();
    await seedOrganisation(store, 'st-');
    const items = Array.from({ length: 300 }, (_, i) => ({
      conversation: conversation(`st-${i}`, { agentId: 'st-A001' }),
      scope: { teamId: 'st-T1', vendorId: 'st-V1' },
    }));
    await store.db.transaction((tx) => upsertConversationsBulk(tx, items));
    // Whether the writes are counted yet depends on when the writing session reported them (PostgreSQL: when it
    // goes idle, up to seconds later; the embedded database keeps no counts); right after ANALYZE nothing changed.
    expect(typeof (await analyzeIfStale(store, 'results'))).toBe('boolean');
    await store.sql('analyze conversations');
    expect(await analyzeIfStale(store, 'conversations')).toBe(false);
  });
});
