import { existsSync, readFileSync } from 'node:fs'
import type { ScaleName } from './scale'

export type ScaleVerdict = 'PASS' | 'FAIL' | '—'

/**
 * One figure of the scale bench: the value the target is about, its baseline measured in the same
 * run (same unit), their ratio, the target and the verdict. `growth` is this figure at large over
 * the same figure at medium (10× the data): above 10 it grows faster than the data.
 */
export type ScaleRow = {
  id: string
  figure: string
  value: number
  unit: string
  /** The value as shown, with what else was measured (throughput, CPU). */
  shown: string
  baselineLabel: string | null
  baseline: number | null
  baselineShown: string
  /** value ÷ baseline, or what `ratioMeans` says. */
  ratio: number | null
  ratioMeans: string
  target: string
  verdict: ScaleVerdict
  growth?: number | null
  detail?: Record<string, unknown>
}

export type ScaleReport = {
  at: string
  scale: ScaleName
  engine: string
  seed: number
  today: string
  machine: { cpu: string; cores: number; node: string; platform: string }
  source: { commit: string | null; changedSrcFiles: number | null }
  /** 1/5/15-minute load averages at the start, before the figures and at the end. */
  load: Record<string, number[]>
  generation: Record<string, unknown>
  options: Record<string, unknown>
  rows: ScaleRow[]
}

export const resultName = (scale: ScaleName, engine: string) => `scale-${scale}-${engine}`

/** Fills `growth` (large ÷ medium) from the other scale's JSON in `dir`, when it was measured. */
export function addGrowth(report: ScaleReport, dir: URL): ScaleName | null {
  const other: ScaleName = report.scale === 'large' ? 'medium' : 'large'
  const file = new URL(`${resultName(other, report.engine)}.json`, dir)
  if (!existsSync(file)) return null
  const them = JSON.parse(readFileSync(file, 'utf8')) as ScaleReport
  const byId = new Map(them.rows.map((r) => [r.id, r]))
  for (const row of report.rows) {
    const theirs = byId.get(row.id)
    if (!theirs || !theirs.value || !row.value) continue
    row.growth = report.scale === 'large' ? row.value / theirs.value : theirs.value / row.value
  }
  return other
}

const fix = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits)

export function scaleMarkdown(report: ScaleReport, compared: ScaleName | null): string {
  const g = report.generation as { rows?: Record<string, number>; ms?: number; wallMs?: number }
  const counts = Object.entries(g.rows ?? {})
    .map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`)
    .join(', ')
  const load = Object.entries(report.load)
    .map(([when, l]) => `${when} ${l.map((x) => x.toFixed(2)).join(' ')}`)
    .join('; ')
  const growthHeader = compared ? ' large ÷ medium |' : ''
  const growthRule = compared ? '---:|' : ''
  const rows = report.rows.map((r) => {
    const verdict = r.verdict === 'FAIL' ? '**FAIL**' : r.verdict
    const baseline = r.baselineLabel ? `${r.baselineShown} (${r.baselineLabel})` : '—'
    const ratio = r.ratio === null ? '—' : `${fix(r.ratio)} ${r.ratioMeans}`
    const growth = compared ? ` ${fix(r.growth)} |` : ''
    return `| ${r.figure} | ${r.shown} | ${baseline} | ${ratio} | ${r.target} | ${verdict} |${growth}`
  })
  return [
    `## Abacus at scale — ${report.scale}, ${report.engine}, seed ${report.seed}`,
    '',
    `- ${report.at}, ${report.machine.cpu} × ${report.machine.cores}, Node ${report.machine.node}; code: commit ${report.source.commit ?? '(none)'}${report.source.changedSrcFiles ? ` + ${report.source.changedSrcFiles} files changed under src/` : ''}`,
    `- data (three years to ${report.today}): ${counts}; generated in ${fix((g.ms ?? 0) / 1000, 1)} s (${fix((g.wallMs ?? 0) / 1000, 1)} s with the child's start and migrations)`,
    `- load average (1/5/15 min): ${load} — the machine is shared, so each figure sits beside its baseline measured in the same minute`,
    compared
      ? `- large ÷ medium: this figure at large over the same at medium (${resultName(compared, report.engine)}.json); the data is 10×, so above 10 a figure grows faster than the data`
      : '- large ÷ medium: run the other scale too to fill this column',
    '',
    `| figure | value | baseline (same run) | ratio | target | result |${growthHeader}`,
    `|---|---|---|---|---|---|${growthRule}`,
    ...rows,
    '',
  ].join('\n')
}
