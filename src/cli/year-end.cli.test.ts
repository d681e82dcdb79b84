import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock: this year is the last a deck may tell.
const year = Number(localDateAt(new Date(), 'Asia/Taipei').slice(0, 4))

describe('abacus report year-end', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'A', role: 'admin' },
        { email: 'm@x.tw', name: 'M', role: 'manager' },
        { email: 'r@x.tw', name: 'R', role: 'rep', manager: 'm@x.tw' },
        { email: 'o@x.tw', name: 'O', role: 'rep' },
      ],
    })
  }, 60_000)
  afterAll(() => cli.close())

  it('writes the deck to --out, in --lang, and says what it wrote (--json for programs)', async () => {
    const out = join(cli.dir, 'company.pptx')
    const written = await cli.run(
      '--lang',
      'zh-Hant',
      'report',
      'year-end',
      '--year',
      String(year),
      '--out',
      out,
    )
    expect(written.code, written.stderr).toBe(0)
    // Nothing recorded yet: the cover and the slide that says so.
    expect(written.stdout).toBe(`${year} 年終總結（Abacus：全公司）已寫入 ${out}：共 2 張投影片。\n`)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const rep = join(cli.dir, 'rep.pptx')
    const json = await cli.run(
      '--as',
      'm@x.tw',
      '--json',
      'report',
      'year-end',
      '--year',
      String(year),
      '--scope',
      'rep:r@x.tw',
      '--out',
      rep,
    )
    expect(json.code, json.stderr).toBe(0)
    expect(json.json()).toMatchObject({
      file: rep,
      year,
      scope: 'rep:r@x.tw',
      lang: 'en',
      slides: [
        { section: 'cover', title: `${year} Year-End Summary` },
        { section: 'performance', title: `No data for ${year}` },
      ],
    })
  })

  it('refuses a bad year, an unknown scope and a rep outside the tree, writing nothing', async () => {
    const out = join(cli.dir, 'never.pptx')
    const refused = async (...args: string[]) => {
      const result = await cli.run(...args, '--out', out)
      expect(result.code).toBe(1)
      return result.stderr
    }
    expect(await refused('report', 'year-end', '--year', '1999')).toContain(
      `Year must be a year from 2000 to ${year}.`,
    )
    expect(await refused('report', 'year-end', '--year', String(year + 1))).toContain(`from 2000 to ${year}`)
    expect(await refused('report', 'year-end', '--year', 'last')).toContain(
      'Year must be a year, such as 2026.',
    )
    expect(await refused('report', 'year-end', '--year', String(year), '--scope', 'region:north')).toContain(
      'Scope: write company, team:EMAIL or rep:EMAIL.',
    )
    expect(
      await refused('--as', 'm@x.tw', 'report', 'year-end', '--year', String(year), '--scope', 'rep:o@x.tw'),
    ).toContain('o@x.tw is not a sales rep or sales manager you may see.')
    expect(
      await refused('--as', 'r@x.tw', 'report', 'year-end', '--year', String(year), '--scope', 'company'),
    ).toContain("The whole company's year-end deck is for administrators and finance")
    expect(existsSync(out)).toBe(false)
    const usage = await cli.run('report', 'year-end', '--year', String(year))
    expect(usage.code).toBe(2)
  })
})
