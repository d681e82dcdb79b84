import { parseArgs } from 'node:util'

export type BenchEngine = 'sqlite' | 'postgres'

export type BenchOptions = {
  engine: BenchEngine
  customers: number
  /** Seconds per measurement (after a short warm-up). */
  duration: number
  /** Concurrent HTTP connections of the load generator. */
  connections: number
  /** PostgreSQL server to create the temporary bench database on (engine postgres only). */
  postgresUrl: string | null
  seed: number
  /** What to measure: the HTTP figures, the import, or both. */
  suite: 'all' | 'http' | 'import' | 'classify' | 'analyses' | 'half-month' | 'year-end'
  /** Lines of the order sheet the import benchmark writes and imports. */
  importLines: number
  /** The whole product on one database of this size (scale-run.ts, issue 8); null: the suites. */
  scale: 'large' | 'medium' | null
  /** Scale bench: rounds of each computed figure (median). */
  rounds: number
  /** Scale bench: a built web app to measure the first load of; null builds one into a temporary folder. */
  webRoot: string | null
}

export const USAGE = `npm run bench -- [--engine sqlite|postgres] [--customers N] [--duration S] [--connections C] [--seed N]
npm run bench -- --scale large|medium [--engine sqlite|postgres] [--seed N] [--duration S] [--rounds R] [--web-root DIR]
  --scale        one database of a large sales organisation (large: 200 reps, 100,000 customers,
                 1,000,000 orders, 1,000,000 collections, 2,000,000 follow-ups, 200,000 visits,
                 50,000 expenses; medium: a tenth of the data, the same 200 reps) and every figure
                 on it beside its baseline; results in bench/results/scale-<scale>-<engine>.{json,md}
                 (--suite and --customers do not apply; --duration defaults to 5 s per HTTP figure)
  --rounds       scale bench: rounds of each computed figure, median (default 3)
  --web-root     scale bench: measure this built web app (default: build one into a temporary folder)
  --engine       sqlite (default) or postgres (BENCH_DATABASE_URL or TEST_DATABASE_URL names the server)
  --customers    customers generated with their contacts (default 100000)
  --duration     seconds per measurement, after a warm-up (default 10)
  --connections  concurrent HTTP connections (default 50)
  --seed         demo data seed (default 1)
  --suite        all (default), http (API figures), import (the order-sheet import, SQLite) or
                 classify (an ABC run on 100,000 customers and 1,000,000 orders beside its raw SQL)
                 or analyses (the customer gain/loss of a year beside one raw scan of both years,
                 and the team table of 100 reps)
                 or half-month (the half-monthly report's figures and workbook for 100 reps)
                 or year-end (the company's year-end deck of a year of 1,000,000 orders)
  --import-lines lines of the order sheet the import benchmark imports (default 1000000)`

const positiveInt = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer, got "${raw}"`)
  return value
}

/** Reads the command line (`npm run bench -- --customers 10000`) and the environment. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      engine: { type: 'string', default: 'sqlite' },
      customers: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      seed: { type: 'string' },
      suite: { type: 'string', default: 'all' },
      'import-lines': { type: 'string' },
      scale: { type: 'string' },
      rounds: { type: 'string' },
      'web-root': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return 'help'
  const engine = values.engine
  if (engine !== 'sqlite' && engine !== 'postgres')
    throw new Error(`--engine must be sqlite or postgres, got "${engine}"`)
  const postgresUrl = env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL || null
  if (engine === 'postgres' && !postgresUrl)
    throw new Error(
      '--engine postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL (postgres://user@host:5432/db)',
    )
  const suite = values.suite
  if (
    suite !== 'all' &&
    suite !== 'http' &&
    suite !== 'import' &&
    suite !== 'classify' &&
    suite !== 'analyses' &&
    suite !== 'half-month' &&
    suite !== 'year-end'
  )
    throw new Error(
      `--suite must be all, http, import, classify, analyses, half-month or year-end, got "${suite}"`,
    )
  const scale = values.scale ?? null
  if (scale !== null && scale !== 'large' && scale !== 'medium')
    throw new Error(`--scale must be large or medium, got "${scale}"`)
  return {
    scale,
    rounds: positiveInt('rounds', values.rounds, 3),
    webRoot: values['web-root'] ?? null,
    suite,
    importLines: positiveInt('import-lines', values['import-lines'], 1_000_000),
    engine,
    customers: positiveInt('customers', values.customers, 100_000),
    duration: positiveInt('duration', values.duration, scale ? 5 : 10),
    connections: positiveInt('connections', values.connections, 50),
    postgresUrl: engine === 'postgres' ? postgresUrl : null,
    seed: positiveInt('seed', values.seed, 1),
  }
}
