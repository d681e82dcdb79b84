import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'
import { mondayOf } from '../core/follow-ups/iso-weekday'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock: customers imported today are due today, so next week every one
// of them is overdue and proposed from its Monday, no day of it gone yet.
const today = localDateAt(new Date(), 'Asia/Taipei')
const monday = mondayOf(addDays(today, 7))
const friday = addDays(monday, 4)

describe('abacus schedule', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'A', role: 'admin' },
        { email: 'r@x.tw', name: 'R', role: 'rep' },
        { email: 's@x.tw', name: 'S', role: 'rep' },
      ],
    })
    // 41 customers of r: one more than a week holds at the default capacity (8 a day, Monday–Friday).
    const rows = Array.from({ length: 41 }, (_, i) => `客戶${String(i + 1).padStart(2, '0')},r@x.tw`)
    const file = join(cli.dir, 'customers.csv')
    writeFileSync(file, ['Customer Name,Owner', ...rows].join('\n') + '\n')
    const imported = await cli.run('import', 'customers', file)
    expect(imported.code, imported.stderr).toBe(0)
  }, 120_000)
  afterAll(() => cli.close())

  it('prints the week day by day and the customer left over with its reason, in Traditional Chinese', async () => {
    const result = await cli.run('--lang', 'zh-Hant', 'schedule', '--rep', 'r@x.tw', '--week', friday)
    expect(result.code, result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      `R 的排程，${monday} 至 ${addDays(monday, 6)}：建議 40 個，已排定 0 個，未排入 1 位。`,
    )
    expect(lines[1]).toBe(`週一 ${monday}`)
    // All alike (tier C, due today): the scheduler breaks the tie by id, so any of them may come first.
    expect(lines[2]).toMatch(new RegExp(`^  09:00–09:30 \\[C\\] 客戶\\d\\d — 應於 ${today} 跟進；從未跟進$`))
    expect(lines).toContain(`週六 ${addDays(monday, 5)}`)
    expect(lines[lines.length - 2]).toBe('未排入：')
    expect(lines[lines.length - 1]).toMatch(
      new RegExp(`^  \\[C\\] 客戶\\d\\d，應於 ${today} 跟進：可安排的日子都已排滿$`),
    )
  })

  it('gives the same week as JSON, and the reason in English and Simplified Chinese', async () => {
    const proposed = await cli.run('--json', 'schedule', '--as', 'r@x.tw', '--week', monday)
    expect(proposed.code).toBe(0)
    const week = proposed.json<{ proposed: { date: string }[]; unplaced: { reason: string }[] }>()
    expect(week.proposed).toHaveLength(40)
    expect(new Set(week.proposed.map((p) => p.date)).size).toBe(5)
    expect(week.unplaced).toMatchObject([{ reason: 'capacity_full' }])
    expect((await cli.run('schedule', '--rep', 'r@x.tw', '--week', monday)).stdout).toContain(
      ': Every day that fits is full',
    )
    expect(
      (await cli.run('--lang', 'zh-Hans', 'schedule', '--rep', 'r@x.tw', '--week', monday)).stdout,
    ).toContain('：可安排的日子都已排满')
  })

  it('refuses a week that is no date, and another rep’s week, exit 1', async () => {
    const bad = await cli.run('--lang', 'zh-Hant', 'schedule', '--rep', 'r@x.tw', '--week', '2026-02-30')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('週必須是存在的日期')
    const other = await cli.run('schedule', '--as', 's@x.tw', '--rep', 'r@x.tw', '--week', monday)
    expect(other.code).toBe(1)
    expect(other.stderr).toContain('Not found.')
  })
})
