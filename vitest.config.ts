import { defineConfig } from 'vitest/config';

// One runner for the whole repository. Projects keep fast pure tests apart from the store
// (PGlite + PostgreSQL) and the browser journeys (Debian Chromium via playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.store.test.ts', 'src/**/*.http.test.ts', 'node_modules/**'],
          env: { TZ: 'Asia/Shanghai' },
          // property tests run hundreds of cases; on a loaded two-core machine the 5 s default is not a verdict
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'store',
          include: ['src/**/*.store.test.ts', 'src/**/*.http.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // a page reacting to a click on two busy cores can take seconds: polls wait like locators do
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
