import { describe, expect, it } from 'vitest'
import { matchHeaders } from './header-synonyms'
import { parseFollowUpRows } from './parse-follow-up-rows'

const sheet = (header: string[], ...rows: string[][]) =>
  parseFollowUpRows(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    matchHeaders('follow-ups', header).columns,
    header,
  )

describe('parseFollowUpRows', () => {
  it('reads headers and channel words in three languages, and a time with the date or apart', () => {
    const { followUps, errors } = sheet(
      ['客户名称', '跟进日期', '时间', '跟进方式', '时长', '跟进内容', '下次跟进日期'],
      ['华南电子', '2026/11/3', '9:05', '电话', '15分钟', '确认交期', '2026-11-10'],
      ['华南电子', '2026-11-04 16:40', '', '微信', '', '发报价', ''],
      ['华南电子', '2026年11月5日', '', 'Meeting', '90', '年度检讨', ''],
    )
    expect(errors).toEqual([])
    expect(followUps.map((f) => [f.date, f.time, f.channel, f.durationMinutes, f.nextDate])).toEqual([
      ['2026-11-03', '09:05', 'phone', 15, '2026-11-10'],
      ['2026-11-04', '16:40', 'message', 0, null],
      ['2026-11-05', '12:00', 'meeting', 90, null],
    ])
  })
  it('names the row and column of every bad cell, and what a file lacks', () => {
    const { errors } = sheet(
      ['Customer', 'Date', 'Channel', 'Duration', 'Summary'],
      ['A', '2026-02-30', 'fax', '-5', ''],
    )
    expect(errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'Date', 'import.not_date'],
      [2, 'Channel', 'field.invalid_value'],
      [2, 'Duration', 'field.positive'],
      [2, 'Summary', 'field.required'],
    ])
    expect(
      sheet(['Customer', 'Notes'])
        .errors.map((e) => e.column)
        .sort(),
    ).toEqual(['channel', 'date'])
  })
  it('takes a follow-up of a day at most, as the API and the web do', () => {
    const header = ['Customer', 'Date', 'Channel', 'Duration', 'Summary']
    const { followUps, errors } = sheet(
      header,
      ['A', '2026-11-03', 'phone', '1440', 's'],
      ['A', '2026-11-03', 'phone', '1441 min', 's'],
    )
    expect(followUps.map((f) => f.durationMinutes)).toEqual([1440])
    expect(errors).toMatchObject([
      { row: 3, column: 'Duration', key: 'field.too_big', params: { max: 1440 } },
    ])
  })
})
