// `npm run bench`: generates the data, starts the servers in child processes, measures each figure
// with autocannon from this process, prints the table and writes bench/results/latest.{json,md}.
import { spawn } from 'node:child_process'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { openDatabase, type OpenDatabase } from '../src/app/open-database'
import type { ChildServer } from './child-server'
import { FIGURES } from './figures'
import { generateInChild } from './generate'
import type { Measured } from './measure-http'
import { benchImport, importMarkdown } from './import-bench'
import { parseOptions, USAGE, type BenchOptions } from './options'
import {
  judge,
  machine,
  source,
  summaryLine,
  toMarkdown,
  writeResults,
  type FigureResult,
  type Report,
} from './report'
import { benchScale } from './scale-run'
import { prepareBench, startServers } from './setup'
import { createTempDatabase, type TempDatabase } from './temp-database'

const log = (line: string) => process.stderr.write(line + '\n')

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2), process.env)
  if (parsed === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const options = parsed
  if (options.scale) {
    await benchScale(options, log)
    return 0
  }
  if (options.suite === 'all' || options.suite === 'http') await benchHttp(options)
  if (options.suite === 'all' || options.suite === 'classify') await benchClassify(options)
  if (options.suite === 'all' || options.suite === 'analyses') await benchAnalyses(options)
  if (options.suite === 'all' || options.suite === 'half-month') await benchHalfMonth(options)
  if (options.suite === 'all' || options.suite === 'year-end') await benchYearEnd(options)
  if (options.suite === 'all' || options.suite === 'import') {
    const result = await benchImport(options.importLines, log)
    const markdown = importMarkdown(result)
    process.stdout.write('\n' + markdown + '\n')
    if (result.verdict === 'FAIL') process.stdout.write('FAIL: import\n')
    const written = writeResults(new URL('./results/', import.meta.url), result, markdown, 'import-latest')
    log(`Wrote ${written.join(', ')}`)
  }
  // Benchmarks are not tests: a missed target is reported, not an error exit.
  return 0
}

/** The ABC run beside its raw SQL (bench/classify-bench.ts), in a child process of its own. */
async function benchClassify(options: BenchOptions): Promise<void> {
  log('Measuring classify on 100,000 customers and 1,000,000 orders (child process)…')
  const args = [
    fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url)),
    fileURLToPath(new URL('./classify-bench.ts', import.meta.url)),
    '--engine',
    options.engine,
  ]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`classify-bench exited with ${code}`)
}

/** The customer gain/loss beside one raw scan of both periods (bench/analyses-bench.ts), in a child process. */
async function benchAnalyses(options: BenchOptions): Promise<void> {
  log(
    'Measuring the customer gain/loss and the team table on 100,000 customers and 1,000,000 orders (child process)…',
  )
  const args = [
    fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url)),
    fileURLToPath(new URL('./analyses-bench.ts', import.meta.url)),
    '--engine',
    options.engine,
  ]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`analyses-bench exited with ${code}`)
}

/** The company's year-end deck of a year of 1,000,000 orders (bench/year-end-bench.ts), in a child process. */
async function benchYearEnd(options: BenchOptions): Promise<void> {
  log('Measuring the year-end deck of 100,000 customers and 1,000,000 orders (child processes)…')
  const args = [
    fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url)),
    fileURLToPath(new URL('./year-end-bench.ts', import.meta.url)),
    '--engine',
    options.engine,
  ]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`year-end-bench exited with ${code}`)
}

/** The half-monthly report's figures and workbook for 100 reps (bench/half-month-bench.ts), in a child process. */
async function benchHalfMonth(options: BenchOptions): Promise<void> {
  log(
    'Measuring the half-monthly report for 100 reps on 100,000 customers and 1,000,000 orders (child process)…',
  )
  const args = [
    fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url)),
    fileURLToPath(new URL('./half-month-bench.ts', import.meta.url)),
    '--engine',
    options.engine,
  ]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`half-month-bench exited with ${code}`)
}

/** The API figures: data generated, servers in child processes, autocannon from here. */
async function benchHttp(options: BenchOptions): Promise<void> {
  const warmupSeconds = Math.min(3, Math.max(1, Math.round(options.duration / 5)))
  const children: ChildServer[] = []
  let temp: TempDatabase | null = null
  let database: OpenDatabase | null = null
  const cleanUp = async () => {
    await Promise.allSettled(children.map((c) => c.stop()))
    await database?.close().catch(() => {})
    await temp?.drop().catch((error: unknown) => log(`could not drop the bench database: ${String(error)}`))
  }
  const interrupted = () => void cleanUp().finally(() => process.exit(130))
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    temp = await createTempDatabase(options)
    log(`Generating ${options.customers} customers into ${temp.describe} (${options.engine})…`)
    const generated = await generateInChild(temp.url, options)
    database = openDatabase(temp.url)
    log(
      `  ${generated.customers} customers, ${generated.contacts} contacts in ${(generated.ms / 1000).toFixed(1)} s`,
    )
    const load = loadavg()
    if ((load[0] ?? 0) > 0.7)
      log(
        `  Warning: load average ${load.map((l) => l.toFixed(2)).join(' ')} before measuring — other work shares the machine`,
      )
    const servers = await startServers(temp.url, (server) => children.push(server))
    log(`Servers up: hello-world ${servers.hello.origin}, abacus ${servers.abacus.origin}`)
    const bench = await prepareBench(options, servers, database, temp.url, warmupSeconds)
    const measured = new Map<string, Measured>()
    for (const figure of FIGURES) {
      log(`Measuring ${figure.label} (${warmupSeconds} s warm-up + ${options.duration} s)…`)
      const m = await figure.measure(bench)
      measured.set(figure.id, m)
      log(`  ${summaryLine(m, figure.unit)}`)
    }
    const figures: FigureResult[] = FIGURES.map((f) =>
      judge(f, measured.get(f.id) as Measured, measured, options.connections),
    )
    const report: Report = {
      at: new Date().toISOString(),
      machine: machine(),
      source: source(),
      loadAverage: { before: load, after: loadavg() },
      options: { ...options, postgresUrl: options.postgresUrl && '(set)' },
      data: {
        customers: generated.customers,
        contacts: generated.contacts,
        users: generated.users,
        generateMs: generated.ms,
        database: options.engine,
      },
      warmupSeconds,
      listSql: { rep: bench.listSql.rep.sql, admin: bench.listSql.admin.sql },
      figures,
    }
    const markdown = toMarkdown(report)
    process.stdout.write('\n' + markdown + '\n')
    const failed = figures.filter((f) => f.verdict === 'FAIL')
    if (failed.length) process.stdout.write(`FAIL: ${failed.map((f) => f.label).join('; ')}\n`)
    else process.stdout.write('All targets met.\n')
    const written = writeResults(new URL('./results/', import.meta.url), report, markdown)
    log(`Wrote ${written.join(', ')}`)
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    await cleanUp()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
