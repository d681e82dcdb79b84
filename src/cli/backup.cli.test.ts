import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'

const execFileAsync = promisify(execFile)

/** The binary on any database URL (the harness's `run` is bound to its own SQLite file). */
async function abacus(db: string, ...args: string[]) {
  return execFileAsync('node', ['bin/abacus.mjs', '--db', db, ...args], {
    env: { ...process.env, LANG: 'C' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  )
}

describe('abacus backup, export-all, import-all', { timeout: 120_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(() => cli.close())

  it('backs up and checks the copy; never over a file; admins only', async () => {
    const out = join(cli.dir, 'backup.db')
    const done = await cli.run('backup', '--out', out, '--json')
    expect(done.code, done.stderr).toBe(0)
    const summary = done.json<{
      file: string
      integrity: string
      tables: Record<string, number>
      rows: number
    }>()
    expect(summary).toMatchObject({ file: out, integrity: 'ok', foreignKeyProblems: 0 })
    expect(summary.tables.customers).toBeGreaterThan(0)
    expect(done.stderr).toContain('its integrity and foreign-key checks passed')
    expect(existsSync(`${out}-wal`)).toBe(false)
    const again = await cli.run('--lang', 'zh-Hant', 'backup', '--out', out)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(`檔案 ${out} 已存在`)
    const rep = await cli.run('--as', 'rep1@demo.abacus.tw', 'backup', '--out', join(cli.dir, 'rep.db'))
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission')
    expect(existsSync(join(cli.dir, 'rep.db'))).toBe(false)
  })

  it('exports everything and imports it into an empty database, once', async () => {
    const archive = join(cli.dir, 'all.jsonl.gz')
    const exported = await cli.run('export-all', '--out', archive, '--json')
    expect(exported.code, exported.stderr).toBe(0)
    const summary = exported.json<{ rows: number; tables: Record<string, number>; schemaVersion: string }>()
    expect(Object.keys(summary.tables)).not.toContain('sessions')
    const target = `sqlite:${join(cli.dir, 'copy.db')}`
    const imported = await abacus(target, 'import-all', archive, '--json')
    expect(imported.code, imported.stderr).toBe(0)
    expect(JSON.parse(imported.stdout)).toMatchObject({
      rows: summary.rows,
      tables: summary.tables,
      schemaVersion: summary.schemaVersion,
    })
    const twice = await abacus(target, '--lang', 'zh-Hans', 'import-all', archive)
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('数据库并非空白（users：')
  })

  it.each(ENGINES.filter((e) => e === 'postgres'))(
    'on %s prints the pg_dump and pg_restore commands, password masked, and exits 1',
    async (engine) => {
      const database = await openTestDatabase(engine)
      try {
        await createTestOrg(database)
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)
        const url = new URL(process.env.TEST_DATABASE_URL as string)
        url.searchParams.set('options', `-c search_path=${rows[0]?.schema}`)
        const out = join(cli.dir, 'pg.dump')
        const result = await abacus(url.toString(), 'backup', '--out', out)
        expect(result.code).toBe(1)
        expect(result.stderr).toContain('pg_dump --format=custom --no-owner')
        expect(result.stderr).toContain('pg_restore --clean --if-exists')
        if (url.password) expect(result.stderr).not.toContain(`:${url.password}@`)
        expect(result.stderr).toContain(':***@')
        expect(existsSync(out)).toBe(false)
      } finally {
        await database.close()
      }
    },
  )
})
