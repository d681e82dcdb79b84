import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import pg from 'pg'
import { createCustomer } from '../app/customers'
import { CreateCustomerSchema } from '../contracts/customers'
import { connect, type Db, type Engine } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import { createTestOrg, TEST_PASSWORD } from './test-org'

/**
 * The real server in child processes, for the crash-safety and concurrency suites (issue 9): a
 * database of the suite's own (a SQLite file in a temporary folder, or a PostgreSQL schema), the
 * server code bundled once (esbuild, the transform tsx applies, without tsx's per-file cost at
 * every start), and servers started, killed and started again on it.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type ServerBundle = { file: string; remove: () => void }

/**
 * Packages left to Node: native addons, those that read files beside themselves (the docs' static
 * assets), and those the server loads only when first used (workbooks, decks).
 */
const UNBUNDLED = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg-native',
  '@fastify/static',
  '@fastify/swagger-ui',
  'exceljs',
  'jszip',
  'pptxgenjs',
]

/**
 * Bundles crash-server-child.ts — src/ and the packages it imports — into one file under
 * node_modules/.cache (where the packages left out resolve as from src/). The same code; loading
 * one file instead of hundreds of modules takes a third less time at each of the hundreds of
 * starts (measured: ~0.38 s of CPU instead of ~0.58 s on the 2-core CI machine's kind).
 */
export async function bundleServer(): Promise<ServerBundle> {
  const dir = join(ROOT, 'node_modules', '.cache', `abacus-server-${randomBytes(6).toString('hex')}`)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'server.mjs')
  await build({
    entryPoints: [join(ROOT, 'src/test-support/crash-server-child.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: UNBUNDLED,
    // The CommonJS packages inside an ES module still find require, __filename and __dirname.
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module'",
        "import { fileURLToPath as __fileURLToPath } from 'node:url'",
        "import { dirname as __dirnameOf } from 'node:path'",
        'const require = __createRequire(import.meta.url)',
        'const __filename = __fileURLToPath(import.meta.url)',
        'const __dirname = __dirnameOf(__filename)',
      ].join(';'),
    },
    logLevel: 'silent',
  })
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export type RunningServer = {
  origin: string
  pid: number
  /** CPU milliseconds the process has used since it was spawned (Linux), else null. */
  cpuMs: () => number | null
  /** Sends the signal and resolves once the process is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>
}

/** A server process that has loaded its code and waits for `start` to open the database. */
export type SpareServer = {
  start: (timeoutMs?: number) => Promise<RunningServer>
  dispose: () => void
}

const gone = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done()
    else child.once('exit', () => done())
  })

/** utime + stime of a process from /proc, in milliseconds (clock ticks of 10 ms), or null. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

/** Starts a spare: `start()` lets it open the database, migrate, build the routes and listen. */
export function spareServer(bundle: ServerBundle, env: NodeJS.ProcessEnv): SpareServer {
  const child = spawn(process.execPath, [bundle.file, '--wait'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stderr?.on('data', keep)
  // ABACUS_TRIAL_LOG=1: the server logs its requests and errors, shown as they come.
  if (env.ABACUS_TRIAL_LOG === '1') {
    child.stdout?.pipe(process.stderr)
    child.stderr?.pipe(process.stderr)
  }
  const port = new Promise<number>((done, fail) => {
    let line = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk)
      line += chunk.toString()
      const match = /\{"port":(\d+)\}/.exec(line)
      if (match) done(Number(match[1]))
    })
    child.once('exit', (code, signal) =>
      fail(new Error(`the server exited (${code ?? signal}) before it listened:\n${output}`)),
    )
  })
  port.catch(() => {})
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await gone(child)
  }
  return {
    start: async (timeoutMs = 30_000) => {
      child.stdin?.write('go\n')
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<never>((_, fail) => {
        timer = setTimeout(
          () => fail(new Error(`the server was not ready in ${timeoutMs} ms:\n${output}`)),
          timeoutMs,
        )
      })
      try {
        const listening = await Promise.race([port, late])
        const pid = child.pid as number
        return { origin: `http://127.0.0.1:${listening}`, pid, cpuMs: () => processCpuMs(pid), kill }
      } finally {
        clearTimeout(timer)
      }
    },
    dispose: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

export type TrialDatabase = {
  engine: Engine
  /** What a server process needs to reach it. */
  env: NodeJS.ProcessEnv
  /** The SQLite file, when it is one. */
  file: string | null
  /** A connection of the test's own, to check what was kept. */
  open: () => Db
  users: { r1: string; r2: string; admin: string }
  /** Customers of r1 and r2 the suites write to. */
  customers: { r1: string[]; r2: string[] }
  drop: () => Promise<void>
}

const pgUrl = process.env.TEST_DATABASE_URL

/**
 * A migrated database with the test organisation (test-org.ts: password TEST_PASSWORD) and
 * `perRep` customers for r1 and r2: a file in a new temporary folder on SQLite (WAL, as the
 * server opens it), a new schema on PostgreSQL (TEST_DATABASE_URL), dropped by `drop`.
 */
export async function createTrialDatabase(engine: Engine, perRep = 8): Promise<TrialDatabase> {
  let url: string
  let schema: string | undefined
  let dir: string | undefined
  if (engine === 'sqlite') {
    dir = mkdtempSync(join(tmpdir(), 'abacus-trial-'))
    url = `sqlite:${join(dir, 'abacus.db')}`
  } else {
    schema = `trial_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: pgUrl })
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    await admin.end()
    url = pgUrl as string
  }
  const open = () => connect(url, schema ? { schema } : {})
  const database = open()
  await migrateToLatest(database)
  const org = await createTestOrg(database)
  const customers: TrialDatabase['customers'] = { r1: [], r2: [] }
  for (const rep of ['r1', 'r2'] as const)
    for (let i = 0; i < perRep; i++) {
      const input = CreateCustomerSchema.parse({ name: `Trial ${rep} ${i}`, status: 'active' })
      customers[rep].push((await createCustomer(org.as(rep), input)).id)
    }
  await database.close()
  return {
    engine,
    env: {
      ABACUS_DATABASE_URL: url,
      ABACUS_TIME_ZONE: 'Asia/Taipei',
      ABACUS_LOGIN_MAX: '100000',
      ...(schema ? { PGOPTIONS: `-c search_path=${schema}` } : {}),
    },
    file: dir ? join(dir, 'abacus.db') : null,
    open,
    users: { r1: org.users.r1.id, r2: org.users.r2.id, admin: org.users.admin.id },
    customers,
    drop: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true })
      if (schema) {
        const admin = new pg.Client({ connectionString: pgUrl })
        await admin.connect()
        await admin.query(`DROP SCHEMA ${schema} CASCADE`)
        await admin.end()
      }
    },
  }
}

/** Signs in through the real route and returns the session cookie header. */
export async function signIn(origin: string, key: 'admin' | 'r1' | 'r2' | 'm1'): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${key}@test.tw`, password: TEST_PASSWORD }),
  })
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('abacus_session='))
  if (!response.ok || !cookie)
    throw new Error(`sign-in of ${key} failed: ${response.status} ${await response.text()}`)
  return cookie.split(';')[0] as string
}

export type Reply = { status: number; text: string; json: () => unknown }

/** One HTTP request to a running server: JSON in and out, a session cookie, an If-Match. */
export async function send(
  origin: string,
  method: string,
  path: string,
  options: { cookie?: string; ifMatch?: number; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.cookie) headers.cookie = options.cookie
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`
  let body: string | undefined
  if (typeof options.body === 'string') body = options.body
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  const response = await fetch(origin + path, { method, headers, body, signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) }
}
