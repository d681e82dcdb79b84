import { percentile } from './percentiles'
import type { ProcessSample } from './process-sample'
import type { SoakOptions } from './soak-options'

/** One minute of the run: requests, latency (ms) and what the server held. */
export type SoakMinute = {
  minute: number
  requests: number
  errors: number
  conflicts: number
  dropped: number
  p50: number
  p99: number
  rssMb: number | null
  fds: number | null
}

export type SoakVerdict = {
  /** Mean RSS of the first judged minute (right after the warm-up) and of the last, and the change. */
  memory: { firstMb: number; lastMb: number; growthPercent: number; pass: boolean }
  /** Median fd count of the same two minutes: flat means the last is not above the first. */
  fds: { first: number; last: number; pass: boolean }
  /** p99 of the first `window` judged minutes and of the last `window` minutes (all their requests). */
  p99: { firstMs: number; lastMs: number; ratio: number; pass: boolean }
  /** Answers that were not what the request expects (5xx, 4xx other than 412, timeouts, resets). */
  errors: { count: number; pass: boolean }
  pass: boolean
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )
const mb = (bytes: number) => bytes / (1024 * 1024)

/**
 * Issue 9, point 7: memory growth under 10 %, file descriptors flat, p99 steady — judged after the
 * warm-up: "steady" means the last window's p99 is at most twice the first judged window's.
 */
export function judgeSoak(
  options: SoakOptions,
  latencies: readonly (readonly number[])[],
  samples: ProcessSample[],
  errors: number,
): SoakVerdict {
  const inMinute = (m: number) => samples.filter((s) => Math.floor(s.atMs / 60_000) === m)
  const first = inMinute(options.warmup)
  const last = inMinute(options.minutes - 1)
  const firstMb = first.length ? mean(first.map((s) => mb(s.rssBytes))) : Number.NaN
  const lastMb = last.length ? mean(last.map((s) => mb(s.rssBytes))) : Number.NaN
  const growthPercent = ((lastMb - firstMb) / firstMb) * 100
  const fdsFirst = first.length ? median(first.map((s) => s.fds)) : Number.NaN
  const fdsLast = last.length ? median(last.map((s) => s.fds)) : Number.NaN
  const pooled = (from: number, to: number) => {
    const all = latencies.slice(from, to).flat()
    return percentile(
      all.sort((a, b) => a - b),
      99,
    )
  }
  const firstMs = pooled(options.warmup, options.warmup + options.window)
  const lastMs = pooled(options.minutes - options.window, options.minutes)
  const memory = { firstMb, lastMb, growthPercent, pass: growthPercent < 10 }
  const fds = { first: fdsFirst, last: fdsLast, pass: fdsLast <= fdsFirst }
  const p99 = { firstMs, lastMs, ratio: lastMs / firstMs, pass: lastMs <= 2 * firstMs }
  const errorCheck = { count: errors, pass: errors === 0 }
  return {
    memory,
    fds,
    p99,
    errors: errorCheck,
    pass: memory.pass && fds.pass && p99.pass && errorCheck.pass,
  }
}

const f1 = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : n.toFixed(1))
const mark = (pass: boolean) => (pass ? 'PASS' : '**FAIL**')

/** The Markdown report: the verdict, then one line per minute. */
export function soakMarkdown(
  options: SoakOptions,
  verdict: SoakVerdict,
  minutes: SoakMinute[],
  about: { at: string; requests: number; database: string; machine: string; loadAverage: string },
): string {
  const judged = `minute ${options.warmup + 1}`
  return [
    `# Soak — ${about.at}`,
    '',
    `${options.minutes} minutes, ${options.rate} requests/s started (open loop), at most ${options.connections} in flight, ` +
      `${options.warmup} minute(s) of warm-up, windows of ${options.window} minute(s). ${about.requests} requests. ` +
      `${about.machine}; load average ${about.loadAverage}. Database: ${about.database} (demo data, deleted after).`,
    '',
    '| check | first | last | rule | verdict |',
    '| --- | --- | --- | --- | --- |',
    `| memory (RSS, MB) | ${f1(verdict.memory.firstMb)} (${judged}) | ${f1(verdict.memory.lastMb)} | growth ${f1(verdict.memory.growthPercent)} % < 10 % | ${mark(verdict.memory.pass)} |`,
    `| open file descriptors | ${verdict.fds.first} | ${verdict.fds.last} | last ≤ first | ${mark(verdict.fds.pass)} |`,
    `| p99 (ms) | ${f1(verdict.p99.firstMs)} | ${f1(verdict.p99.lastMs)} | last ≤ 2 × first (×${verdict.p99.ratio.toFixed(2)}) | ${mark(verdict.p99.pass)} |`,
    `| errors | | ${verdict.errors.count} | 0 | ${mark(verdict.errors.pass)} |`,
    '',
    `**${verdict.pass ? 'PASS' : 'FAIL'}**`,
    '',
    '| minute | requests | errors | 412 | dropped | p50 ms | p99 ms | RSS MB | fds |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...minutes.map(
      (m) =>
        `| ${m.minute + 1}${m.minute < options.warmup ? ' (warm-up)' : ''} | ${m.requests} | ${m.errors} | ${m.conflicts} | ${m.dropped} | ${f1(m.p50)} | ${f1(m.p99)} | ${f1(m.rssMb)} | ${m.fds ?? '—'} |`,
    ),
    '',
  ].join('\n')
}
