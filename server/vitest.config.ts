import { defineConfig } from 'vitest/config';

const postgres = process.env.TEST_DATABASE_URL;

/** Every test file runs on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set. */
export default defineConfig({
  test: {
    globalSetup: ['./src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true as const, test: { name: 'pglite', env: { TEST_DRIVER: 'pglite' } } },
      ...(postgres ? [{ extends: true as const, test: { name: 'postgres', env: { TEST_DRIVER: 'postgres' } } }] : []),
    ],
  },
});
