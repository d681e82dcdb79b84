import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TeamTable } from '../contracts/team-table'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus analyze team', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(() => cli.close())

  const PERIOD = ['--from', '2026-01-01', '--to', '2026-06-30']

  it('prints the team table as the API returns it, the total adding up the rows', async () => {
    const result = await cli.run('analyze', 'team', ...PERIOD, '--json')
    expect(result.code).toBe(0)
    const table = result.json<TeamTable>()
    expect(table.period).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    expect(table.reps.length).toBeGreaterThan(5)
    for (const key of [
      'sales',
      'collections',
      'receivable',
      'newCustomers',
      'expenses',
      'commission',
    ] as const)
      expect(table.total[key]).toBe(table.reps.reduce((sum, r) => sum + (r[key] ?? 0), 0))
    expect(table.total.sales).toBeGreaterThan(0)
    expect(table.facts.length).toBeGreaterThan(0)
  })

  it("narrows to a sales manager's team by email and prints a line per rep", async () => {
    const all = (await cli.run('analyze', 'team', ...PERIOD, '--json')).json<TeamTable>()
    const north = await cli.run('analyze', 'team', ...PERIOD, '--team', 'north@demo.abacus.tw', '--json')
    const team = north.json<TeamTable>()
    expect(team.team?.name).toBe('林雅婷')
    expect(team.reps.length).toBeLessThan(all.reps.length)
    const text = await cli.run(
      '--lang',
      'zh-Hant',
      'analyze',
      'team',
      ...PERIOD,
      '--team',
      'north@demo.abacus.tw',
    )
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('林雅婷：銷售額')
    expect(text.stdout.split('\n').filter((l) => l.includes('：銷售額 ')).length).toBe(team.reps.length + 1)
  })

  it('refuses a reversed period and an unknown manager', async () => {
    const reversed = await cli.run('analyze', 'team', '--from', '2026-06-30', '--to', '2026-01-01')
    expect(reversed.code).toBe(1)
    expect(reversed.stderr).toContain('The period must end on or after its first day.')
    const unknown = await cli.run('analyze', 'team', '--team', 'nobody@demo.abacus.tw')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('nobody@demo.abacus.tw')
  })
})
