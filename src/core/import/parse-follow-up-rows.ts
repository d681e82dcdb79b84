import type { LocalDate } from '../dates/local-date'
import { FOLLOW_UP_CHANNELS, type FollowUpChannel } from '../follow-ups/channels'
import { MAX_DURATION_MINUTES } from '../follow-ups/max-duration'
import type { HEADER_SYNONYMS } from './header-synonyms'
import { parseImportDate } from './parse-import-date'
import type { RawRow, RowError } from './parse-order-rows'
import { missingColumns, rowReader } from './row-reader'

type Field = keyof (typeof HEADER_SYNONYMS)['follow-ups']
export type ImportedFollowUp = {
  externalId: string | null
  customerExternalId: string | null
  customerName: string | null
  date: LocalDate
  /** "HH:MM" on the organisation's clock; noon when the sheet gives only a date. */
  time: string
  channel: FollowUpChannel
  durationMinutes: number
  summary: string
  outcome: string | null
  nextStep: string | null
  nextDate: LocalDate | null
  rep: string | null
  row: number
}

/** The words teams write for each channel, compared without case and spaces. */
const CHANNEL_WORDS: Record<string, FollowUpChannel> = {
  visit: 'visit',
  拜訪: 'visit',
  拜访: 'visit',
  訪問: 'visit',
  访问: 'visit',
  面訪: 'visit',
  面访: 'visit',
  phone: 'phone',
  call: 'phone',
  tel: 'phone',
  電話: 'phone',
  电话: 'phone',
  致電: 'phone',
  致电: 'phone',
  message: 'message',
  sms: 'message',
  line: 'message',
  wechat: 'message',
  微信: 'message',
  訊息: 'message',
  讯息: 'message',
  簡訊: 'message',
  短信: 'message',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  郵件: 'email',
  邮件: 'email',
  電子郵件: 'email',
  电子邮件: 'email',
  meeting: 'meeting',
  會議: 'meeting',
  会议: 'meeting',
  開會: 'meeting',
  开会: 'meeting',
  meal: 'meal',
  餐敘: 'meal',
  餐叙: 'meal',
  飯局: 'meal',
  饭局: 'meal',
  用餐: 'meal',
  聚餐: 'meal',
  other: 'other',
  其他: 'other',
  其它: 'other',
}
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/
const pad = (time: string) => {
  const m = TIME.exec(time) as RegExpExecArray
  return `${(m[1] as string).padStart(2, '0')}:${m[2]}`
}

/**
 * Rows of a follow-up sheet (跟進記錄) into follow-ups (DOMAIN.md "Follow-up cadence"): a customer
 * (by external id or name), a date — with a time in its own column or after the date
 * (`2026-11-27 14:30`) —, a channel in English, 繁體 or 简体, a summary, and optionally a duration
 * in minutes, an outcome, a next step, a next date and the rep. Every bad cell is reported with its
 * row and column and the row left out; a later row with an id met before is refused.
 */
export function parseFollowUpRows(
  rows: Iterable<RawRow>,
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
): { followUps: ImportedFollowUp[]; errors: RowError[] } {
  const errors: RowError[] = []
  const missing = missingColumns<Field>(['date', 'channel', 'summary'], columns)
  if (columns.customerExternalId === undefined && columns.customerName === undefined)
    missing.push(...missingColumns<Field>(['customerName'], {}))
  if (missing.length) return { followUps: [], errors: missing }
  const followUps: ImportedFollowUp[] = []
  const { at, cell, fail, columnOf, uniqueId } = rowReader(columns, header, errors)
  for (const raw of rows) {
    const row = at(raw)
    const before = errors.length
    const externalId = uniqueId('externalId')
    const customerExternalId = cell('customerExternalId') || null
    const customerName = cell('customerName') || null
    if (!customerExternalId && !customerName)
      fail(columns.customerName !== undefined ? 'customerName' : 'customerExternalId', 'field.required', {
        field: columnOf(columns.customerName !== undefined ? 'customerName' : 'customerExternalId'),
      })
    // "2026-11-27 14:30" carries its time; a separate time column wins.
    const [dateText = '', timeInDate = ''] = cell('date').split(/\s+|T/)
    const date = dateText
      ? (parseImportDate(dateText) ?? fail('date', 'import.not_date', { value: cell('date') }))
      : fail('date', 'field.required', { field: columnOf('date') })
    const timeText = cell('time') || timeInDate
    let time = '12:00'
    if (timeText) {
      if (TIME.test(timeText)) time = pad(timeText)
      else
        fail(cell('time') ? 'time' : 'date', 'field.invalid_hour', {
          field: columnOf(cell('time') ? 'time' : 'date'),
        })
    }
    const channelText = cell('channel')
    const channel = CHANNEL_WORDS[channelText.toLowerCase().replace(/\s/g, '')]
    if (!channelText) fail('channel', 'field.required', { field: columnOf('channel') })
    else if (!channel)
      fail('channel', 'field.invalid_value', {
        field: columnOf('channel'),
        options: FOLLOW_UP_CHANNELS.join(', '),
      })
    const durationText = cell('duration').replace(/\s*(分鐘|分钟|min|mins|minutes|分)$/i, '')
    let durationMinutes = 0
    if (durationText) {
      if (!/^\d{1,4}$/.test(durationText)) fail('duration', 'field.positive', { field: columnOf('duration') })
      else if (Number(durationText) > MAX_DURATION_MINUTES)
        fail('duration', 'field.too_big', { field: columnOf('duration'), max: MAX_DURATION_MINUTES })
      else durationMinutes = Number(durationText)
    }
    const summary = cell('summary')
    if (!summary) fail('summary', 'field.required', { field: columnOf('summary') })
    const nextText = cell('nextDate')
    const nextDate = nextText
      ? (parseImportDate(nextText) ?? fail('nextDate', 'import.not_date', { value: nextText }))
      : null
    if (errors.length > before || !date || !channel) continue
    followUps.push({
      externalId,
      customerExternalId,
      customerName,
      date,
      time,
      channel,
      durationMinutes,
      summary,
      outcome: cell('outcome') || null,
      nextStep: cell('nextStep') || null,
      nextDate,
      rep: cell('rep') || null,
      row,
    })
  }
  return { followUps, errors }
}
