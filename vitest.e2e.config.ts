import { defineConfig } from 'vitest/config'

// End-to-end specs: the real server and the built web app in headless Chromium. One file at a time,
// since each starts its own server and browser. Run `npm run build` first.
export default defineConfig({
  test: {
    root: '.',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
