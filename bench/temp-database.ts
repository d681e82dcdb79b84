import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { BenchOptions } from './options'

/** A database that exists only for this run: its URL, and how to make it go away. */
export type TempDatabase = { url: string; describe: string; drop: () => Promise<void> }

/**
 * SQLite: a file in a fresh temporary directory. PostgreSQL: a fresh database created on the
 * server named by BENCH_DATABASE_URL / TEST_DATABASE_URL (the role needs CREATEDB), dropped after.
 */
export async function createTempDatabase(options: BenchOptions): Promise<TempDatabase> {
  if (options.engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'abacus-bench-'))
    const path = join(dir, 'bench.db')
    return {
      url: `sqlite:${path}`,
      describe: path,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const server = new URL(options.postgresUrl as string)
  const name = `abacus_bench_${process.pid}_${Date.now()}`
  await adminQuery(server, `CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    describe: `${server.host}/${name}`,
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

async function adminQuery(server: URL, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
