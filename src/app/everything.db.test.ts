import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db, Engine } from '../db/connect'
import { writeAudit } from '../db/audit-log.repo'
import { EVERYTHING_TABLES } from '../db/everything-tables'
import {
  AWKWARD_TEXT,
  everythingCounts,
  everythingRows,
  populateEverything,
} from '../test-support/everything-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { recordTrustFigures } from '../test-support/trust-figures'
import type { AppContext } from './context'
import { exportEverything } from './export-everything'
import { findActor } from './find-actor'
import { importEverything } from './import-everything'

const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n')
const rewrite = (file: string, to: string, edit: (lines: string[]) => string[]) =>
  writeFileSync(to, gzipSync(edit(lines(file)).join('\n') + '\n'))

type Source = {
  database: Db
  archive: string
  rows: Record<string, Record<string, unknown>[]>
  admin: AppContext
}

const PAIRS: [Engine, Engine][] = ENGINES.flatMap((from) =>
  ENGINES.map((to) => [from, to] as [Engine, Engine]),
)

describe('export everything, import everything', () => {
  let dir: string
  const sources = new Map<Engine, Source>()
  const figures = { roundTrips: 0, failures: 0, rows: 0, refusals: 0 }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'abacus-everything-'))
    for (const engine of ENGINES) {
      const database = await openTestDatabase(engine)
      await populateEverything(database)
      const admin = testContext(database, await findActor(testContext(database)))
      const archive = join(dir, `${engine}.jsonl.gz`)
      await exportEverything(admin, archive)
      sources.set(engine, { database, archive, rows: await everythingRows(database), admin })
    }
  }, 120_000)
  afterAll(async () => {
    for (const { database } of sources.values()) await database.close()
    rmSync(dir, { recursive: true, force: true })
    const tables = EVERYTHING_TABLES.length
    recordTrustFigures({
      name: 'export and import everything',
      cases: figures.roundTrips,
      failures: figures.failures,
      detail: {
        tables,
        rows: figures.rows,
        'refusals checked': figures.refusals,
        engines: ENGINES.join(', '),
      },
    })
  })

  it('fills every exported table of the source, and leaves sessions out', async () => {
    for (const { rows, archive } of sources.values()) {
      const empty = Object.entries(rows).filter(([, r]) => r.length === 0)
      expect(empty.map(([name]) => name)).toEqual([])
      expect(lines(archive).some((line) => line.startsWith('["sessions"'))).toBe(false)
    }
  })

  it.each(PAIRS)('from %s into an empty %s: every row of every table the same', async (from, to) => {
    const source = sources.get(from) as Source
    const target = await openTestDatabase(to)
    try {
      const summary = await importEverything(testContext(target), source.archive)
      const rows = await everythingRows(target)
      figures.roundTrips += 1
      figures.rows += summary.rows
      const differing = EVERYTHING_TABLES.filter(
        ({ name }) => !isDeepStrictEqual(rows[name], source.rows[name]),
      )
      if (differing.length > 0) figures.failures += 1
      for (const { name } of differing) expect(rows[name], name).toEqual(source.rows[name])
      expect(summary.rows).toBe(Object.values(source.rows).reduce((sum, r) => sum + r.length, 0))
      expect(rows.settings?.find((s) => s.key === 'edge.text')?.value).toBe(AWKWARD_TEXT)
      expect(rows.orders?.find((o) => o.id === 'edge-order')?.total_minor).toBe(Number.MAX_SAFE_INTEGER)
      // An export of the copy holds the same rows (their order follows each engine's sorting of text).
      const again = join(dir, `${from}-${to}-again.jsonl.gz`)
      await exportEverything(testContext(target, await findActor(testContext(target))), again)
      const [manifest, ...rest] = lines(again)
      const [sourceManifest, ...sourceRest] = lines(source.archive)
      const neutral = (m: string) => ({ ...JSON.parse(m), exportedAt: null, engine: null })
      expect(neutral(manifest as string)).toEqual(neutral(sourceManifest as string))
      expect(rest.sort()).toEqual(sourceRest.sort())
      // New audit rows are numbered after the imported ones (PostgreSQL's sequence was moved).
      await writeAudit(target.db, {
        at: '2026-11-28T00:00:00.000Z',
        actorId: null,
        entity: 'edge',
        entityId: 'after-import',
        action: 'create',
        before: null,
        after: null,
      })
      const last = await target.db
        .selectFrom('audit_log')
        .select('id')
        .where('entity_id', '=', 'after-import')
        .executeTakeFirstOrThrow()
      expect(Number(last.id)).toBeGreaterThan(1_000_000)
    } finally {
      await target.close()
    }
  })

  describe.each(ENGINES)('refusals on %s: nothing is written', (engine) => {
    let target: Db
    let archive: string
    beforeAll(async () => {
      target = await openTestDatabase(engine)
      archive = (sources.get(engine) as Source).archive
    })
    afterAll(async () => target.close())

    const refused = async (file: string, expected: { code: string; messageKey: string }) => {
      await expect(importEverything(testContext(target), file)).rejects.toMatchObject(expected)
      const counts = await everythingCounts(target)
      expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(0)
      figures.refusals += 1
    }

    it('a database that is not empty', async () => {
      const source = sources.get(engine) as Source
      const before = await everythingCounts(source.database)
      await expect(importEverything(testContext(source.database), archive)).rejects.toMatchObject({
        code: 'conflict',
        messageKey: 'error.archive_target_not_empty',
        params: { table: 'users' },
      })
      expect(await everythingCounts(source.database)).toEqual(before)
      figures.refusals += 1
    })

    it('another schema version', async () => {
      const file = join(dir, `${engine}-schema.jsonl.gz`)
      rewrite(archive, file, ([manifest, ...rest]) => {
        const m = JSON.parse(manifest as string)
        return [
          JSON.stringify({
            ...m,
            migrations: [...m.migrations, '9999_future'],
            schemaVersion: '9999_future',
          }),
          ...rest,
        ]
      })
      await refused(file, { code: 'conflict', messageKey: 'error.archive_schema' })
      const older = join(dir, `${engine}-older.jsonl.gz`)
      rewrite(archive, older, ([manifest, ...rest]) => {
        const m = JSON.parse(manifest as string)
        return [JSON.stringify({ ...m, migrations: m.migrations.slice(0, -1) }), ...rest]
      })
      await refused(older, { code: 'conflict', messageKey: 'error.archive_schema' })
    })

    it('a row the database refuses, late in the file: everything before it is rolled back', async () => {
      const file = join(dir, `${engine}-duplicate.jsonl.gz`)
      rewrite(archive, file, (all) => {
        const m = JSON.parse(all[0] as string)
        const audit = all.filter((line) => line.startsWith('["audit_log"'))
        const tables = m.tables.map((t: { name: string; rows: number }) =>
          t.name === 'audit_log' ? { ...t, rows: t.rows + 1 } : t,
        )
        const end = JSON.parse(all[all.length - 1] as string)
        return [
          JSON.stringify({ ...m, tables }),
          ...all.slice(1, -1),
          audit[audit.length - 1] as string,
          JSON.stringify({ end: true, rows: end.rows + 1 }),
        ]
      })
      await refused(file, { code: 'validation', messageKey: 'error.archive_unreadable' })
    })

    it('a file cut short, a file without its end, rows that do not add up, a bad value', async () => {
      const bytes = readFileSync(archive)
      const cut = join(dir, `${engine}-cut.jsonl.gz`)
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.8)))
      await refused(cut, { code: 'validation', messageKey: 'error.archive_unreadable' })
      const endless = join(dir, `${engine}-endless.jsonl.gz`)
      rewrite(archive, endless, (all) => all.slice(0, -1))
      await refused(endless, { code: 'validation', messageKey: 'error.archive_unreadable' })
      const short = join(dir, `${engine}-short.jsonl.gz`)
      rewrite(archive, short, (all) =>
        all.filter((line, i) => i !== all.findLastIndex((l) => l.startsWith('["orders"'))),
      )
      await refused(short, { code: 'validation', messageKey: 'error.archive_unreadable' })
      const bad = join(dir, `${engine}-bad.jsonl.gz`)
      rewrite(archive, bad, (all) =>
        all.map((line) =>
          line.startsWith('["settings"') ? line.replace(/\]\]$/, ', {"$date": "x"}]]') : line,
        ),
      )
      await refused(bad, { code: 'validation', messageKey: 'error.archive_unreadable' })
    })

    it('a file that is not an export, or no file', async () => {
      const csv = join(dir, `${engine}.csv`)
      writeFileSync(csv, 'name,phone\nA,1\n')
      await refused(csv, { code: 'validation', messageKey: 'error.archive_not_export' })
      const gz = join(dir, `${engine}-other.gz`)
      writeFileSync(gz, gzipSync('{"format":"something else"}\n'))
      await refused(gz, { code: 'validation', messageKey: 'error.archive_not_export' })
      await refused(join(dir, 'missing.jsonl.gz'), { code: 'not_found', messageKey: 'error.file_missing' })
    })

    it('export: admins only, never over an existing file', async () => {
      const source = sources.get(engine) as Source
      const { users } = { users: await source.database.db.selectFrom('users').selectAll().execute() }
      const rep = users.find((u) => u.role === 'rep' && u.disabled_at === null)
      if (!rep) throw new Error('the demo has reps')
      const out = join(dir, `${engine}-refused.jsonl.gz`)
      const repCtx = testContext(source.database, {
        id: rep.id,
        email: rep.email,
        name: rep.name,
        role: 'rep',
        managerId: rep.manager_id,
        lang: null,
      })
      await expect(exportEverything(repCtx, out)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(exportEverything(testContext(source.database), out)).rejects.toMatchObject({
        code: 'unauthenticated',
      })
      expect(existsSync(out)).toBe(false)
      await expect(exportEverything(source.admin, archive)).rejects.toMatchObject({
        code: 'conflict',
        messageKey: 'error.file_exists',
      })
      figures.refusals += 3
    })
  })
})
