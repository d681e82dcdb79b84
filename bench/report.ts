import { mkdirSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import type { Figure, Target } from './figures'
import type { Measured } from './measure-http'
import type { BenchOptions } from './options'

export type Verdict = 'PASS' | 'FAIL' | '—'

export type FigureResult = {
  id: string
  label: string
  unit: Figure['unit']
  measured: Measured
  baseline: string | null
  /** Throughput as a share of the baseline's. */
  ratio: number | null
  target: string
  verdict: Verdict
  note: string | null
}

export type Report = {
  at: string
  machine: { cpu: string; cores: number; node: string; platform: string }
  /** The code measured: the commit, and how many files under src/ differ from it. */
  source: { commit: string | null; changedSrcFiles: number | null }
  /** 1, 5 and 15 minute load averages before and after measuring: other work skews every figure. */
  loadAverage: { before: number[]; after: number[] }
  options: BenchOptions
  data: { customers: number; contacts: number; users: number; generateMs: number; database: string }
  warmupSeconds: number
  listSql: { rep: string; admin: string }
  figures: FigureResult[]
}

const describeTarget = (target: Target | undefined): string =>
  !target
    ? '—'
    : target.kind === 'max-p99'
      ? `p99 ≤ ${target.ms} ms at ${target.connections} conn.`
      : `≥ ${target.ratio * 100} % of ${target.of}`

/** Compares each figure with its baseline and its target; a figure with failed requests fails. */
export function judge(
  figure: Figure,
  measured: Measured,
  all: ReadonlyMap<string, Measured>,
  connections: number,
): FigureResult {
  const base = figure.baseline ? all.get(figure.baseline) : undefined
  const ratio = base ? measured.perSecond / base.perSecond : null
  const target = figure.target
  let verdict: Verdict = '—'
  let note: string | null = null
  if (target?.kind === 'max-p99' && target.connections !== connections)
    note = `target not judged: it holds at ${target.connections} connections, this run used ${connections}`
  else if (target?.kind === 'max-p99') verdict = measured.p99Ms <= target.ms ? 'PASS' : 'FAIL'
  if (target?.kind === 'min-ratio') {
    const of = all.get(target.of)
    verdict = of && measured.perSecond / of.perSecond >= target.ratio ? 'PASS' : 'FAIL'
  }
  if (measured.failures > 0) {
    verdict = 'FAIL'
    note = `${measured.failures} failed requests (non-2xx or errors): the figure is not valid`
  }
  return {
    id: figure.id,
    label: figure.label,
    unit: figure.unit,
    measured,
    baseline: figure.baseline ?? null,
    ratio,
    target: describeTarget(target),
    verdict,
    note,
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US')
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—')
const pct = (n: number) => `${(n * 100).toFixed(1)} %`

/** One line of progress while the run goes on. */
export function summaryLine(m: Measured, unit: Figure['unit']): string {
  const cpu = m.cpuUsPerOp === null ? '' : `, CPU ${int(m.cpuUsPerOp)} µs each`
  return `${int(m.perSecond)} ${unit}, p50 ${ms(m.p50Ms)} ms, p99 ${ms(m.p99Ms)} ms${cpu}, failures ${m.failures}`
}

export function machine(): Report['machine'] {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
}

const git = (args: string[]): string | null => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

export function source(): Report['source'] {
  const status = git(['status', '--porcelain', '--', 'src'])
  return {
    commit: git(['rev-parse', '--short', 'HEAD']),
    changedSrcFiles: status === null ? null : status.split('\n').filter(Boolean).length,
  }
}

/** The report as Markdown: a header saying what ran where, the table, and the SQL of the baseline. */
export function toMarkdown(report: Report): string {
  const { options, data } = report
  const rows = report.figures.map((f) => {
    const ratio = f.ratio === null || f.baseline === null ? '—' : `${pct(f.ratio)} of ${f.baseline}`
    const verdict = f.verdict === 'FAIL' ? '**FAIL**' : f.verdict
    const cpu = f.measured.cpuUsPerOp === null ? '—' : int(f.measured.cpuUsPerOp)
    const failures = f.unit === 'req/s' ? f.measured.failures : '—'
    return `| ${f.label} | ${int(f.measured.perSecond)} ${f.unit} | ${ms(f.measured.p50Ms)} | ${ms(f.measured.p99Ms)} | ${cpu} | ${failures} | ${ratio} | ${f.target} | ${verdict} |`
  })
  const notes = report.figures.filter((f) => f.note).map((f) => `- **${f.label}**: ${f.note}`)
  return [
    `## Abacus benchmark — ${options.engine}, ${int(data.customers)} customers`,
    '',
    `- ${report.at}, ${report.machine.cpu} × ${report.machine.cores}, Node ${report.machine.node}, ${report.machine.platform}`,
    `- code: commit ${report.source.commit ?? '(none)'}${report.source.changedSrcFiles ? `, ${report.source.changedSrcFiles} files changed under src/` : ''}`,
    `- data: ${int(data.customers)} customers, ${int(data.contacts)} contacts, ${data.users} users, generated in ${(data.generateMs / 1000).toFixed(1)} s (loadDemo, one transaction)`,
    `- load: autocannon in the parent process, ${options.connections} connections, ${options.duration} s per figure after a ${report.warmupSeconds} s warm-up, 127.0.0.1; each server in its own child process`,
    `- raw SQL: the list query the server issues, as one prepared statement executed back to back in the parent (one connection)`,
    `- CPU µs/req: CPU time of the server process (all threads, from /proc) per request served; for raw SQL, of the parent per execution`,
    `- load average before / after: ${report.loadAverage.before.map((l) => l.toFixed(2)).join(' ')} / ${report.loadAverage.after.map((l) => l.toFixed(2)).join(' ')}`,
    '',
    '| figure | throughput | p50 ms | p99 ms | CPU µs/req | non-2xx | vs baseline | target | result |',
    '|---|---:|---:|---:|---:|---:|---|---|---|',
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
    '',
    "Raw SQL of the rep's list page:",
    '',
    '```sql',
    report.listSql.rep,
    '```',
    '',
  ].join('\n')
}

/** Writes bench/results/latest.json and latest.md (the JSON is not committed). */
export function writeResults(dir: URL, report: unknown, markdown: string, name = 'latest'): string[] {
  mkdirSync(dir, { recursive: true })
  const json = new URL(`${name}.json`, dir)
  const md = new URL(`${name}.md`, dir)
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n')
  writeFileSync(md, markdown)
  return [json.pathname, md.pathname]
}
