import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { demoUsers } from '../src/core/demo/demo-data'
import { writeOrderSheet } from './import-sheet'

export type ImportMeasured = {
  ms: number
  lines: number
  orders: number
  customers: number
  peakRssMb: number
}
export type ImportBench = {
  fileMb: number
  import: ImportMeasured
  raw: ImportMeasured
  linesPerSecond: number
  rawLinesPerSecond: number
  verdict: 'PASS' | 'FAIL'
}

/** The targets of issue 3: a million-line sheet at ≥ 100,000 lines/s, peak memory under 500 MB. */
export const IMPORT_TARGETS = { linesPerSecond: 100_000, peakRssMb: 500 }

function child(args: string[]): Promise<ImportMeasured> {
  const script = fileURLToPath(new URL('./import-child.ts', import.meta.url))
  const tsx = fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url))
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [tsx, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    proc.on('error', reject)
    proc.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1) as string))
        : reject(new Error(`exit ${code}`)),
    )
  })
}

/**
 * Writes a `lines`-line order sheet, imports it end to end in a child process (reading, decoding,
 * validation, matching and creating customers, writing, one transaction) on a fresh SQLite
 * database, then inserts the very rows that import wrote into a second fresh database with
 * prepared statements, row by row — the floor any import on this machine and schema stands on.
 */
export async function benchImport(lines: number, log: (line: string) => void): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'abacus-import-bench-'))
  try {
    const sheet = join(dir, 'orders.csv')
    const reps = demoUsers()
      .filter((u) => u.role === 'rep')
      .map((u) => u.email)
    log(`Writing a ${lines.toLocaleString('en')}-line order sheet…`)
    await writeOrderSheet(sheet, lines, reps)
    const fileMb = statSync(sheet).size / 1024 / 1024
    log(`  ${fileMb.toFixed(0)} MB. Importing it (child process, SQLite)…`)
    const imported = await child(['import', `sqlite:${join(dir, 'import.db')}`, sheet])
    log(
      `  ${Math.round(imported.ms)} ms, peak RSS ${imported.peakRssMb} MB. Raw prepared-statement insert of the same rows…`,
    )
    const raw = await child(['raw', `sqlite:${join(dir, 'import.db')}`, `sqlite:${join(dir, 'raw.db')}`])
    log(`  ${Math.round(raw.ms)} ms`)
    const linesPerSecond = (imported.lines / imported.ms) * 1000
    return {
      fileMb,
      import: imported,
      raw,
      linesPerSecond,
      rawLinesPerSecond: (raw.lines / raw.ms) * 1000,
      verdict:
        linesPerSecond >= IMPORT_TARGETS.linesPerSecond && imported.peakRssMb < IMPORT_TARGETS.peakRssMb
          ? 'PASS'
          : 'FAIL',
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en')

export function importMarkdown(result: ImportBench): string {
  return [
    `## Import benchmark — SQLite, ${int(result.import.lines)}-line order sheet (${result.fileMb.toFixed(0)} MB CSV)`,
    '',
    `- ${int(result.import.orders)} orders, ${int(result.import.customers)} customers created; each measurement in its own child process`,
    '- import: `importOrders` end to end (stream, decode, parse, validate, match, write, one transaction); raw: the rows it wrote, inserted with prepared statements row by row in one transaction',
    '',
    '| figure | wall time | lines/s | peak RSS | vs raw | target | result |',
    '|---|---:|---:|---:|---|---|---|',
    `| Raw prepared-statement insert (baseline) | ${(result.raw.ms / 1000).toFixed(1)} s | ${int(result.rawLinesPerSecond)} | ${result.raw.peakRssMb} MB | — | — | — |`,
    `| Import, end to end | ${(result.import.ms / 1000).toFixed(1)} s | ${int(result.linesPerSecond)} | ${result.import.peakRssMb} MB | ${((result.import.ms / result.raw.ms) * 100).toFixed(0)} % of raw's time | ≥ ${int(IMPORT_TARGETS.linesPerSecond)} lines/s, < ${IMPORT_TARGETS.peakRssMb} MB | ${result.verdict === 'FAIL' ? '**FAIL**' : 'PASS'} |`,
  ].join('\n')
}
