import ExcelJS from 'exceljs'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus CLI', { timeout: 60_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase()
  })
  afterAll(() => cli.close())

  it('migrates, and refuses a first user who is not an admin', async () => {
    expect((await cli.run('migrate')).code).toBe(0)
    const rep = await cli.run('user', 'add', '--email', 'r@x.tw', '--name', 'R', '--role', 'rep')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('There is no administrator yet')
  })
  it('explains a bad field in the chosen language, exit 1', async () => {
    const bad = await cli.run(
      '--lang',
      'zh-Hant',
      'user',
      'add',
      '--email',
      'not-an-email',
      '--name',
      'A',
      '--role',
      'admin',
      '--password',
      'long enough pw',
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('電子郵件必須是電子郵件地址。')
  })
  it('adds the first admin, with JSON on stdout when asked', async () => {
    const added = await cli.run(
      '--json',
      'user',
      'add',
      '--email',
      'Boss@X.tw',
      '--name',
      'Boss',
      '--role',
      'admin',
      '--password',
      'long enough pw',
    )
    expect(added.code).toBe(0)
    expect(added.json()).toMatchObject({ email: 'boss@x.tw', role: 'admin' })
  })
  it('loads demo data once, with contacts and Chinese names', async () => {
    const demo = await cli.run('--json', 'demo')
    expect(demo.code).toBe(0)
    expect(demo.json()).toMatchObject({ users: 12, customers: 300 })
    const again = await cli.run('--lang', 'zh-Hans', 'demo')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('演示数据只会加载到空数据库')
  })
  it('exports only what the acting user may see', async () => {
    const all = join(cli.dir, 'all.csv')
    const mine = join(cli.dir, 'mine.csv')
    expect((await cli.run('export', 'customers', '--out', all)).code).toBe(0)
    expect((await cli.run('--as', 'rep1@demo.abacus.tw', 'export', 'customers', '--out', mine)).code).toBe(0)
    const rows = (file: string) => readFileSync(file, 'utf8').trim().split('\r\n').length - 1
    expect(rows(all)).toBe(300)
    expect(rows(mine)).toBeGreaterThan(10)
    expect(rows(mine)).toBeLessThan(120)
    expect(readFileSync(mine, 'utf8')).not.toContain('張怡君')
    const orders = join(cli.dir, 'orders.csv')
    expect((await cli.run('--as', 'rep1@demo.abacus.tw', 'export', 'orders', '--out', orders)).code).toBe(0)
    expect(rows(orders)).toBeGreaterThan(10)
    expect(readFileSync(orders, 'utf8')).not.toContain('張怡君')
    const workbook = join(cli.dir, 'collections.xlsx')
    const written = await cli.run(
      '--json',
      '--as',
      'rep1@demo.abacus.tw',
      'export',
      'collections',
      '--out',
      workbook,
    )
    expect(written.code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(workbook)
    expect(book.worksheets[0]!.rowCount - 1).toBe(written.json<{ rows: number }>().rows)
    expect((await cli.run('export', 'orders', '--out', join(cli.dir, 'x.pdf'))).code).toBe(1)
  })
  it('imports a collections sheet from a file, reports in the chosen language, and undoes it', async () => {
    const sheet = join(cli.dir, '回款.csv')
    writeFileSync(
      sheet,
      '\uFEFF回款編號,客戶名稱,回款日期,金額,方式,業務員\nCLI-1,命令列客戶,2026/11/2,"NT$1,500",現金,rep1@demo.abacus.tw\nCLI-2,命令列客戶,2026-02-30,10,,rep1@demo.abacus.tw\n',
    )
    const refused = await cli.run('--lang', 'zh-Hant', 'import', 'collections', sheet)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('第 3 列')
    expect(refused.stdout).toContain('未寫入')
    const done = await cli.run('--json', 'import', 'collections', sheet, '--mode', 'skip-invalid')
    expect(done.code).toBe(0)
    const report = done.json<{ batchId: string }>()
    expect(report).toMatchObject({
      kind: 'collections',
      committed: true,
      created: 1,
      customersCreated: 1,
      badRows: 1,
    })
    const undone = await cli.run('--json', 'import', 'undo', report.batchId)
    expect(undone.json()).toEqual({ records: 1, customers: 1 })
    const unknown = await cli.run('import', 'invoices', sheet)
    expect(unknown.code).toBe(2)
  })
  it('exits 2 on a usage error', async () => {
    const usage = await cli.run('--nope')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("unknown option '--nope'")
  })
})
