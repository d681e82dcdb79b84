import type { OpenDatabase } from '../src/app/open-database'
import type { CapturedQuery } from './capture-sql'
import type { ChildServer } from './child-server'
import { measureHttp, type Measured } from './measure-http'
import { measureSql } from './measure-sql'
import type { BenchOptions } from './options'
import type { Session } from './session'

/** Everything the measurements need, set up once by run.ts. */
export type Bench = {
  options: BenchOptions
  warmupSeconds: number
  hello: ChildServer
  abacus: ChildServer
  rep: Session
  admin: Session
  /** A rep with 1,000 customers, about a fifth of them due: the agenda figure's user. */
  agendaRep: Session
  /** A customer of rep1 (the first of their list page). */
  customerId: string
  /** The list page of rep1: owner filter, sorted by name, 50 rows. */
  listPath: string
  database: OpenDatabase
  listSql: { rep: CapturedQuery; admin: CapturedQuery; rows: number }
}

/**
 * A goal: throughput at least `ratio` of the `of` figure, or p99 latency at most `ms` under
 * `connections` concurrent connections (a latency target means nothing at another concurrency).
 */
export type Target =
  { kind: 'min-ratio'; of: string; ratio: number } | { kind: 'max-p99'; ms: number; connections: number }

export type Figure = {
  id: string
  label: string
  unit: 'req/s' | 'ops/s'
  /** The figure this one is printed beside (ratio of throughputs). */
  baseline?: string
  target?: Target
  measure: (bench: Bench) => Promise<Measured>
}

const http = (bench: Bench, server: ChildServer, path: string, session: Session | null) =>
  measureHttp({
    url: server.origin + path,
    serverCpu: server.cpuSeconds,
    headers: session?.headers ?? {},
    connections: bench.options.connections,
    seconds: bench.options.duration,
    warmupSeconds: bench.warmupSeconds,
  })

const sql = (bench: Bench, query: CapturedQuery) =>
  measureSql(bench.database, query, {
    seconds: bench.options.duration,
    warmupSeconds: bench.warmupSeconds,
    expectRows: bench.listSql.rows,
  })

const detailPath = (bench: Bench) => `/api/v1/customers/${bench.customerId}`
const DETAIL_TARGET: Target = { kind: 'min-ratio', of: 'hello', ratio: 0.25 }
const LIST_TARGET: Target = { kind: 'max-p99', ms: 25, connections: 50 }

/** The measurements, in the order they run and print. Add new figures here. */
export const FIGURES: readonly Figure[] = [
  {
    id: 'hello',
    label: 'Fastify hello-world (baseline)',
    unit: 'req/s',
    measure: (b) => http(b, b.hello, '/', null),
  },
  {
    id: 'detail-rep',
    label: 'Customer detail, rep',
    unit: 'req/s',
    baseline: 'hello',
    target: DETAIL_TARGET,
    measure: (b) => http(b, b.abacus, detailPath(b), b.rep),
  },
  {
    id: 'detail-admin',
    label: 'Customer detail, admin',
    unit: 'req/s',
    baseline: 'hello',
    target: DETAIL_TARGET,
    measure: (b) => http(b, b.abacus, detailPath(b), b.admin),
  },
  {
    id: 'list-rep',
    label: 'List page (owner, by name, 50), rep',
    unit: 'req/s',
    baseline: 'sql-rep',
    target: LIST_TARGET,
    measure: (b) => http(b, b.abacus, b.listPath, b.rep),
  },
  {
    id: 'list-admin',
    label: 'List page (owner, by name, 50), admin',
    unit: 'req/s',
    baseline: 'sql-admin',
    target: LIST_TARGET,
    measure: (b) => http(b, b.abacus, b.listPath, b.admin),
  },
  {
    id: 'agenda-rep',
    label: "A rep's agenda (1,000 customers)",
    unit: 'req/s',
    baseline: 'hello',
    target: LIST_TARGET,
    measure: (b) => http(b, b.abacus, '/api/v1/agenda', b.agendaRep),
  },
  {
    id: 'sql-rep',
    label: "List query, raw SQL (rep's, baseline)",
    unit: 'ops/s',
    measure: (b) => sql(b, b.listSql.rep),
  },
  {
    id: 'sql-admin',
    label: "List query, raw SQL (admin's, baseline)",
    unit: 'ops/s',
    measure: (b) => sql(b, b.listSql.admin),
  },
]
