import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, renderIcal } from './ical'

const LONG = '跟進：台北貿易股份有限公司（A 類客戶），逾期 12 天；電話 02-2345-6789, 分機 12\\備註'

const calendar = renderIcal({
  prodId: '-//Abacus//Agenda//EN',
  name: 'Abacus — R1, 今日待辦',
  stamp: new Date('2026-11-27T02:00:00.123Z'),
  refreshMinutes: 60,
  events: [
    {
      uid: 'follow-up-1@abacus',
      when: { date: '2026-11-27' },
      summary: LONG,
      description: 'line one\nline two; a, b',
    },
    { uid: 'collection-plan-2@abacus', when: { date: '2026-12-31' }, summary: 'Plan, due' },
    {
      uid: 'slot-3@abacus',
      when: { start: new Date('2026-11-30T06:00:00Z'), end: new Date('2026-11-30T06:30:00Z') },
      summary: 'Visit',
    },
  ],
})

describe('renderIcal', () => {
  it('writes CRLF line endings only, and no line longer than 75 octets', () => {
    expect(calendar.endsWith('\r\n')).toBe(true)
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of calendar.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })

  it('reads back through ical.js: all-day events with their UID, stamp, dates and unescaped text', () => {
    const root = new ICAL.Component(ICAL.parse(calendar))
    expect(root.getFirstPropertyValue('version')).toBe('2.0')
    // ical.js knows no type for X- properties and leaves them raw; Apple and Google read it as TEXT.
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Abacus — R1\\, 今日待辦')
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.uid)).toEqual([
      'follow-up-1@abacus',
      'collection-plan-2@abacus',
      'slot-3@abacus',
    ])
    const [first, second, third] = events as [ICAL.Event, ICAL.Event, ICAL.Event]
    expect(first.summary).toBe(LONG)
    expect(first.description).toBe('line one\nline two; a, b')
    expect(first.startDate.isDate).toBe(true)
    expect(first.startDate.toString()).toBe('2026-11-27')
    expect(first.endDate.toString()).toBe('2026-11-28')
    // A year's last day ends on the next year's first.
    expect(second.endDate.toString()).toBe('2027-01-01')
    expect(String(first.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T02:00:00Z')
    // A timed event, in UTC: 14:00 in Taipei.
    expect(third.startDate.isDate).toBe(false)
    expect(third.startDate.toJSDate().toISOString()).toBe('2026-11-30T06:00:00.000Z')
    expect(third.duration.toSeconds()).toBe(30 * 60)
  })
})

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('folds at 75 octets without cutting a multi-byte character, continuing with one space', () => {
    const line = `SUMMARY:${'跟'.repeat(60)}`
    const parts = foldLine(line).split('\r\n')
    expect(parts.map((p) => new TextEncoder().encode(p).length)).toEqual([74, 73, 43])
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })
})
