#!/usr/bin/env node
// `npm test`: everything a user can run on a fresh machine, in order, stopping at the first failure:
// typecheck, lint and format, unit + database + API + CLI tests, the web build, end-to-end tests.
// It ends with one line "tests: N passed, N failed, N skipped"; with ABACUS_REQUIRE_ALL=1 (CI) any
// skipped test fails the run, so a missing PostgreSQL or Chromium can never pass unnoticed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'

const requireAll = process.env.ABACUS_REQUIRE_ALL === '1'
mkdirSync('test-results', { recursive: true })
// Trust suites (issue 9) leave their figures here; old ones must not be printed as this run's.
rmSync('test-results/trust', { recursive: true, force: true })

function step(name, command, args) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`)
    process.exit(result.status ?? 1)
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 }
function count(file) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
}

/** The figures of the trust suites (src/test-support/trust-figures.ts): cases tried, failures. */
function printTrustFigures() {
  const dir = 'test-results/trust'
  if (!existsSync(dir)) return
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')))
  if (rows.length === 0) return
  console.log('\ntrust figures:')
  for (const { name, cases, failures, detail } of rows) {
    const more = Object.entries(detail ?? {})
      .map(([k, v]) => `, ${k}: ${v}`)
      .join('')
    console.log(`  ${name}: ${cases} cases, ${failures} failures${more}`)
  }
}

const npx = 'npx'
step('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json'])
step('lint', npx, ['eslint', '.'])
step('format', npx, ['prettier', '--check', '.'])
step('unit, database, API and CLI tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
])
count('test-results/unit.json')
step('web build', npx, ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'])
step('end-to-end tests', npx, [
  'vitest',
  'run',
  '-c',
  'vitest.e2e.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/e2e.json',
])
count('test-results/e2e.json')

printTrustFigures()
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
if (totals.failed > 0) process.exit(1)
if (requireAll && totals.skipped > 0) {
  console.error('✗ Some tests were skipped, and ABACUS_REQUIRE_ALL=1 forbids it.')
  process.exit(1)
}
