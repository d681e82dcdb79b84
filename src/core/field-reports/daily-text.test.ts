import { describe, expect, it } from 'vitest'
import { doneText, planText } from './daily-text'

describe('the prefilled text of a daily report', () => {
  const groups = [
    {
      customerId: 'a',
      customerName: '九龍烘焙坊',
      items: [
        {
          kind: 'follow_up' as const,
          id: 'f1',
          at: '2026-11-27T01:30:00.000Z',
          time: '09:30',
          channel: 'visit' as const,
          visitStatus: 'reviewed' as const,
          summary: '談新品',
        },
        {
          kind: 'visit' as const,
          id: 'v2',
          at: '2026-11-27T06:00:00.000Z',
          time: '14:00',
          channel: null,
          visitStatus: 'checked_in' as const,
          summary: null,
        },
      ],
    },
  ]
  it('writes one line per follow-up or visit in the reader’s language', () => {
    expect(doneText('zh-Hant', groups)).toBe(
      '• 09:30 九龍烘焙坊——拜訪：談新品 （拜訪已完成訪後分析）\n• 14:00 九龍烘焙坊——拜訪，已簽到，未寫訪後分析',
    )
    expect(doneText('en', groups).split('\n')[1]).toBe(
      '• 14:00 九龍烘焙坊 — visit, checked in, review not written',
    )
    expect(doneText('en', [])).toBe('')
  })
  it('writes tomorrow’s visits and slots with their times and the customers due with their tier', () => {
    const text = planText('zh-Hans', [
      {
        kind: 'visit',
        id: 'v',
        customerId: 'a',
        customerName: 'A 公司',
        start: '09:00',
        end: '10:30',
        tier: null,
        overdue: false,
      },
      {
        kind: 'due',
        id: null,
        customerId: 'b',
        customerName: 'B 公司',
        start: null,
        end: null,
        tier: 'A',
        overdue: true,
      },
    ])
    expect(text).toBe('• 09:00–10:30 拜访 A 公司\n• 跟进 B 公司（A 类，已逾期）')
  })
})

describe('a long backlog in tomorrow’s plan', () => {
  it('shows every timed item, the first due customers and how many more', () => {
    const due = Array.from({ length: 13 }, (_, i) => ({
      kind: 'due' as const,
      id: null,
      customerId: `c${i}`,
      customerName: `C${i}`,
      start: null,
      end: null,
      tier: 'C' as const,
      overdue: true,
    }))
    const lines = planText('en', due, 10).split('\n')
    expect(lines).toHaveLength(11)
    expect(lines[10]).toBe('… and 3 more customers due')
    expect(planText('en', due.slice(0, 10), 10).split('\n')).toHaveLength(10)
  })
})
