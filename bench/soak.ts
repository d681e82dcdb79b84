import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../src/core/random/seeded-random'
import { freePort, startChildServer, type ChildServer } from './child-server'
import { percentile } from './percentiles'
import { sampleProcess, type ProcessSample } from './process-sample'
import { signIn, type Session } from './session'
import { soakMix, type Fetcher, type SoakRequest } from './soak-mix'
import { parseSoakOptions, SOAK_USAGE, type SoakOptions } from './soak-options'
import { judgeSoak, soakMarkdown, type SoakMinute } from './soak-verdict'

/**
 * `npm run soak` (issue 9, point 7; not part of `npm test`): the real server on a temporary SQLite
 * database with the demo organisation, on loopback only, under a moderate mixed load for 30 minutes
 * (--minutes N). Every 5 s the server's RSS and open file descriptors are read from /proc; every
 * request's latency is kept per minute. It ends with the verdict (memory growth < 10 % after the
 * warm-up, file descriptors flat, p99 steady, no errors), prints it and writes
 * bench/results/soak.{json,md}; exits 1 when a check fails. Bounded: the load stops on time, the
 * last answers get 15 s, the server 5 s to stop; the database is deleted, also on Ctrl-C.
 */
const REPO = fileURLToPath(new URL('..', import.meta.url))
const DEMO_PASSWORD = 'abacus-demo'
const SAMPLE_EVERY_MS = 5_000
const REQUEST_TIMEOUT_MS = 10_000
const DRAIN_MS = 15_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function abacus(database: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, ['bin/abacus.mjs', '--db', database, ...args], {
    cwd: REPO,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`abacus ${args.join(' ')} failed:\n${run.stderr}`)
}

/** Requests over keep-alive connections of our own, so the server sees a steady set of sockets. */
function fetcherFor(origin: string, agent: http.Agent): Fetcher {
  return (path, init, session) =>
    new Promise((resolve, reject) => {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body)
      const request = http.request(
        `${origin}${path}`,
        {
          agent,
          method: init.method ?? 'GET',
          headers: {
            ...session.headers,
            ...init.headers,
            ...(body
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
              : {}),
          },
          timeout: REQUEST_TIMEOUT_MS,
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          )
          response.on('error', reject)
        },
      )
      request.on('timeout', () => request.destroy(new Error(`timed out after ${REQUEST_TIMEOUT_MS} ms`)))
      request.on('error', reject)
      request.end(body)
    })
}

async function customersOf(fetcher: Fetcher, session: Session): Promise<string[]> {
  const response = await fetcher('/api/v1/customers?limit=200', {}, session)
  if (response.status !== 200) throw new Error(`customers of ${session.email}: HTTP ${response.status}`)
  const ids = (JSON.parse(response.body) as { items: { id: string }[] }).items.map((c) => c.id)
  if (ids.length === 0) throw new Error(`${session.email} has no customers in the demo data`)
  return ids
}

/** Picks a request of the mix by weight. */
function chooser(mix: ReturnType<typeof soakMix>, random: () => number): () => SoakRequest {
  const total = mix.reduce((sum, m) => sum + m.weight, 0)
  return () => {
    let at = random() * total
    for (const m of mix) {
      at -= m.weight
      if (at < 0) return m.make()
    }
    return (mix[mix.length - 1] as (typeof mix)[number]).make()
  }
}

async function soak(options: SoakOptions, stopping: { now: boolean }, cleanups: (() => Promise<void>)[]) {
  const dir = mkdtempSync(join(tmpdir(), 'abacus-soak-'))
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
  const database = `sqlite:${join(dir, 'soak.db')}`
  console.log(`soak: demo data into ${database} …`)
  abacus(database, 'migrate')
  abacus(database, 'demo', '--scale', 'small', '--seed', String(options.seed))

  const port = await freePort()
  const server: ChildServer = await startChildServer({
    name: 'abacus serve',
    args: ['bin/abacus.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    cwd: REPO,
    port,
    readyPath: '/api/v1/health',
    env: { ABACUS_DATABASE_URL: database, ABACUS_LOGIN_MAX: '1000', ABACUS_LOG_LEVEL: 'warn' },
  })
  cleanups.unshift(() => server.stop())
  // fifo: every connection stays in use, so none idles out on the server and comes back later —
  // the server's count of open sockets stays put, and any growth of its fds is its own.
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections, scheduling: 'fifo' })
  cleanups.unshift(async () => agent.destroy())
  const fetcher = fetcherFor(server.origin, agent)

  const as = (who: string) => signIn(server.origin, `${who}@demo.abacus.tw`, DEMO_PASSWORD)
  const reps = await Promise.all(
    ['rep1', 'rep2', 'rep3', 'rep4', 'rep5', 'rep6'].map(async (who) => {
      const session = await as(who)
      return { session, customerIds: await customersOf(fetcher, session) }
    }),
  )
  const random = seededRandom(options.seed).next
  const next = chooser(
    soakMix({ reps, manager: await as('north'), admin: await as('admin'), random }),
    random,
  )

  const latencies = Array.from({ length: options.minutes }, () => [] as number[])
  const minutes: SoakMinute[] = Array.from({ length: options.minutes }, (_, minute) => ({
    minute,
    requests: 0,
    errors: 0,
    conflicts: 0,
    dropped: 0,
    p50: Number.NaN,
    p99: Number.NaN,
    rssMb: null,
    fds: null,
  }))
  const failures = new Map<string, number>()
  const samples: ProcessSample[] = []
  const started = performance.now()
  const elapsed = () => performance.now() - started
  const sample = () => {
    const s = sampleProcess(server.pid, elapsed())
    if (s) samples.push(s)
  }
  sample()
  const sampler = setInterval(sample, SAMPLE_EVERY_MS)

  const report = (minute: number) => {
    const m = minutes[minute] as SoakMinute
    const sorted = [...(latencies[minute] as number[])].sort((a, b) => a - b)
    const held = samples.filter((s) => Math.floor(s.atMs / 60_000) === minute)
    m.p50 = percentile(sorted, 50)
    m.p99 = percentile(sorted, 99)
    m.rssMb = held.length ? held.reduce((a, s) => a + s.rssBytes, 0) / held.length / 1048576 : null
    m.fds = held.length ? (held[held.length - 1] as ProcessSample).fds : null
    console.log(
      `minute ${minute + 1}/${options.minutes}: ${m.requests} requests, ${m.errors} errors, ` +
        `p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, RSS ${m.rssMb?.toFixed(1) ?? '—'} MB, fds ${m.fds ?? '—'}`,
    )
  }

  // An open loop: a request is started every 1/rate s whatever the answers take; when all
  // connections are busy it is dropped (and counted), so a slow server cannot slow the load down.
  const end = options.minutes * 60_000
  const interval = 1000 / options.rate
  let due = 0
  let inFlight = 0
  let reported = 0
  const pending = new Set<Promise<void>>()
  while (!stopping.now) {
    const now = elapsed()
    const minute = Math.floor(now / 60_000)
    while (reported < Math.min(minute, options.minutes)) report(reported++)
    if (now >= end) break
    if (now < due) {
      await sleep(Math.min(due - now, 50))
      continue
    }
    due = Math.max(due + interval, now - 1000)
    const m = minutes[minute] as SoakMinute
    if (inFlight >= options.connections) {
      m.dropped++
      continue
    }
    const request = next()
    inFlight++
    const t0 = performance.now()
    const done = request
      .send(fetcher)
      .then(
        (status) => {
          ;(latencies[minute] as number[]).push(performance.now() - t0)
          m.requests++
          if (status === 412) m.conflicts++
          else if (status < 200 || status >= 300) {
            m.errors++
            failures.set(
              `${request.name}: HTTP ${status}`,
              (failures.get(`${request.name}: HTTP ${status}`) ?? 0) + 1,
            )
          }
        },
        (error: unknown) => {
          m.requests++
          m.errors++
          const key = `${request.name}: ${(error as Error).message}`
          failures.set(key, (failures.get(key) ?? 0) + 1)
        },
      )
      .finally(() => {
        inFlight--
        pending.delete(done)
      })
    pending.add(done)
  }
  await Promise.race([Promise.all(pending), sleep(DRAIN_MS)])
  clearInterval(sampler)
  sample()
  while (reported < options.minutes) report(reported++)
  if (stopping.now) return null

  const errors = minutes.reduce((sum, m) => sum + m.errors, 0)
  const verdict = judgeSoak(options, latencies, samples, errors)
  const about = {
    at: new Date().toISOString(),
    requests: minutes.reduce((sum, m) => sum + m.requests, 0),
    database: 'SQLite',
    machine: `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}`,
    loadAverage: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  }
  const markdown = soakMarkdown(options, verdict, minutes, about)
  mkdirSync(join(REPO, 'bench/results'), { recursive: true })
  writeFileSync(join(REPO, 'bench/results/soak.md'), markdown)
  writeFileSync(
    join(REPO, 'bench/results/soak.json'),
    JSON.stringify(
      { ...about, options, verdict, minutes, failures: Object.fromEntries(failures), samples },
      null,
      2,
    ),
  )
  console.log(`\n${markdown}`)
  if (failures.size > 0) console.log('errors:', Object.fromEntries(failures))
  console.log('written: bench/results/soak.md, bench/results/soak.json')
  return verdict.pass
}

async function main() {
  let options: SoakOptions | 'help'
  try {
    options = parseSoakOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SOAK_USAGE}`)
    process.exit(2)
  }
  if (options === 'help') {
    console.log(SOAK_USAGE)
    return
  }
  const stopping = { now: false }
  const cleanups: (() => Promise<void>)[] = []
  const cleanUp = async () => {
    for (const step of cleanups.splice(0)) await step().catch(() => undefined)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      console.error(`\nsoak: ${signal}, stopping …`)
      stopping.now = true
    })
  let pass: boolean | null = false
  try {
    pass = await soak(options, stopping, cleanups)
  } catch (error) {
    console.error(`soak could not run: ${(error as Error).stack ?? error}`)
  } finally {
    await cleanUp()
  }
  process.exit(pass === null ? 130 : pass ? 0 : 1)
}

await main()
