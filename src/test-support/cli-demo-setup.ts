import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  // vitest's declaration merging needs an interface here.
  export interface ProvidedContext {
    /** Where the run's CLI demo database is built on first use (cli-harness.ts). */
    cliDemoDir: string
  }
}

/**
 * vitest's globalSetup: a folder for this run's CLI demo database, removed when the run ends. It
 * only makes the folder; the database is built by the first CLI test that needs it, so runs
 * without one pay nothing.
 */
export function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'abacus-cli-demo-'))
  project.provide('cliDemoDir', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
