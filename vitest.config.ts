import { defineConfig } from 'vitest/config'

// Unit, database and API tests. End-to-end specs have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
