import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { loadDemo } from '../src/app/demo'
import { migrate } from '../src/app/migrate'
import { openDatabase } from '../src/app/open-database'

export type Generated = {
  users: number
  customers: number
  contacts: number
  /** Wall time of loadDemo (users, customers, tags and contacts in one transaction). */
  ms: number
}

/** Migrates the empty bench database and fills it with the demo organisation and `customers` customers. */
export async function generate(
  url: string,
  options: { customers: number; seed: number },
): Promise<Generated> {
  const database = openDatabase(url)
  try {
    await migrate(database)
    const ctx: AppContext = {
      db: database.db,
      engine: database.engine,
      now: () => new Date(),
      config: loadConfig(process.env, { databaseUrl: url }),
      actor: null,
      lang: 'en',
    }
    const started = performance.now()
    const loaded = await loadDemo(ctx, {
      scale: 'large',
      seed: options.seed,
      customers: options.customers,
      ledger: false,
    })
    const ms = performance.now() - started
    // Leave the file as a server would find it after a while: the WAL folded back into the database.
    database.sqlite?.pragma('wal_checkpoint(TRUNCATE)')
    const { n } = await database.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return { users: loaded.users, customers: loaded.customers, contacts: Number(n), ms }
  } finally {
    await database.close()
  }
}

/**
 * Runs `generate` in a child process (bench/generate-child.ts), so the load generator does not
 * carry the heap of 100,000 customers built in memory while it measures.
 */
export function generateInChild(
  url: string,
  options: { customers: number; seed: number },
): Promise<Generated> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const args = [
    'bin/tsx.mjs',
    'bench/generate-child.ts',
    url,
    String(options.customers),
    String(options.seed),
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`data generation failed (exit ${code})`))
      try {
        resolve(JSON.parse(out) as Generated)
      } catch {
        reject(new Error(`data generation printed no result: ${out.slice(0, 500)}`))
      }
    })
  })
}
