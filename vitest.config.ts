import { defineConfig } from 'vitest/config'

// Unit, database and API tests. End-to-end specs have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A folder for the CLI tests' shared demo database, built on first use (src/test-support/cli-harness.ts).
    globalSetup: ['src/test-support/cli-demo-setup.ts'],
  },
})
