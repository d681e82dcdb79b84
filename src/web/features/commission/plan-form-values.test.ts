import { describe, expect, it } from 'vitest'
import { checkDraft, draftOf, nextRow, type PlanDraft } from './plan-form-values'

const draft = (rows: [string, string, string][], extra: Partial<PlanDraft> = {}): PlanDraft => ({
  name: 'Standard',
  mode: 'progressive',
  rows: rows.map(([from, to, rate], key) => ({ key, from, to, rate })),
  bonus: '500',
  minOrder: '',
  note: '',
  ...extra,
})

describe('the plan editor’s live check', () => {
  it('turns what was typed into exact cents and basis points', () => {
    expect(
      checkDraft(
        draft([
          ['0', '100,000', '3'],
          ['100,000.00', '', '5.25 %'],
        ]),
      ).body,
    ).toEqual({
      name: 'Standard',
      mode: 'progressive',
      brackets: [
        { from: 0, to: 10_000_000, rateBp: 300 },
        { from: 10_000_000, to: null, rateBp: 525 },
      ],
      newCustomerBonus: 50_000,
      bonusMinOrder: null,
      note: null,
    })
  })
  it('names a gap, an overlap and an unreadable rate, as the server would', () => {
    expect(
      checkDraft(
        draft([
          ['0', '100', '3'],
          ['150', '', '5'],
        ]),
      ).issues,
    ).toMatchObject([{ path: 'brackets.1.from', key: 'field.bracket_gap', params: { n: 2 } }])
    expect(
      checkDraft(
        draft([
          ['0', '100', '3'],
          ['50', '', '5'],
        ]),
      ).issues,
    ).toMatchObject([{ path: 'brackets.1.from', key: 'field.bracket_overlap' }])
    expect(checkDraft(draft([['0', '', 'three']])).issues).toMatchObject([
      { path: 'brackets.0.rateBp', key: 'field.bracket_rate', params: { n: 1 } },
    ])
    expect(checkDraft(draft([['0', '', '3']], { name: ' ' })).issues).toMatchObject([{ path: 'name' }])
  })
  it('starts a new plan from the issue’s example and adds a row where the last one ends', () => {
    const start = draftOf(null)
    expect(checkDraft({ ...start, name: 'x' }).body?.brackets).toHaveLength(3)
    expect(nextRow([{ key: 1, from: '0', to: '1000.00', rate: '3' }])).toMatchObject({
      from: '1000.00',
      to: '',
    })
  })
})
