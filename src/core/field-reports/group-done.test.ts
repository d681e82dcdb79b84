import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FOLLOW_UP_CHANNELS } from '../follow-ups/channels'
import { countDone, groupDone, type DayFollowUp, type DayVisit } from './group-done'
import { VISIT_STATUSES } from '../visits/visit-status'

const followUp = (
  id: string,
  customerId: string,
  at: string,
  extra: Partial<DayFollowUp> = {},
): DayFollowUp => ({
  id,
  customerId,
  customerName: `Customer ${customerId}`,
  at,
  time: at.slice(11, 16),
  channel: 'phone',
  summary: `summary ${id}`,
  ...extra,
})
const visit = (id: string, customerId: string, at: string, extra: Partial<DayVisit> = {}): DayVisit => ({
  id,
  customerId,
  customerName: `Customer ${customerId}`,
  at,
  time: at.slice(11, 16),
  status: 'checked_in',
  followUpId: null,
  ...extra,
})

describe('the day’s work, customer by customer (日報 prefill)', () => {
  it('groups by customer in order of their first item, each customer’s items by time', () => {
    const groups = groupDone(
      [
        followUp('f1', 'b', '2026-11-27T03:00:00.000Z'),
        followUp('f2', 'a', '2026-11-27T01:00:00.000Z', { channel: 'visit' }),
        followUp('f3', 'b', '2026-11-27T00:30:00.000Z'),
      ],
      [visit('v1', 'c', '2026-11-27T02:00:00.000Z', { status: 'missed' })],
    )
    expect(groups.map((g) => g.customerId)).toEqual(['b', 'a', 'c'])
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['f3', 'f1'])
    expect(groups[2]?.items[0]).toMatchObject({ kind: 'visit', visitStatus: 'missed', channel: null })
  })

  it('shows a reviewed visit once, as the follow-up its review created, with the visit’s state', () => {
    const groups = groupDone(
      [followUp('f1', 'a', '2026-11-27T02:00:00.000Z', { channel: 'visit' })],
      [
        visit('v1', 'a', '2026-11-27T01:30:00.000Z', { status: 'reviewed', followUpId: 'f1' }),
        // Reviewed, but its follow-up is not among the day's (written on another day): still listed.
        visit('v2', 'b', '2026-11-27T05:00:00.000Z', { status: 'reviewed', followUpId: 'elsewhere' }),
      ],
    )
    expect(groups).toHaveLength(2)
    expect(groups[0]?.items).toEqual([
      expect.objectContaining({ kind: 'follow_up', id: 'f1', visitStatus: 'reviewed' }),
    ])
    expect(countDone(groups)).toEqual({ followUps: 1, visits: 2 })
  })

  it('counts visits that took place (checked in or reviewed), not those planned, missed or cancelled', () => {
    const groups = groupDone(
      [],
      VISIT_STATUSES.map((status, i) => visit(`v${i}`, `c${i}`, `2026-11-27T0${i}:00:00.000Z`, { status })),
    )
    expect(countDone(groups)).toEqual({ followUps: 0, visits: 2 })
  })

  const at = fc.integer({ min: 0, max: 23 * 60 }).map((m) => {
    const hh = String(Math.floor(m / 60)).padStart(2, '0')
    return `2026-11-27T${hh}:${String(m % 60).padStart(2, '0')}:00.000Z`
  })
  const customer = fc.constantFrom('a', 'b', 'c', 'd')
  const day = fc
    .record({
      followUps: fc.array(fc.record({ customer, at, channel: fc.constantFrom(...FOLLOW_UP_CHANNELS) }), {
        maxLength: 12,
      }),
      visits: fc.array(
        fc.record({
          customer,
          at,
          status: fc.constantFrom(...VISIT_STATUSES),
          reviews: fc.option(fc.nat(11), { nil: null }),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ followUps, visits }) => {
      const fs = followUps.map((f, i) => followUp(`f${String(i).padStart(2, '0')}`, f.customer, f.at, f))
      // A review creates one follow-up: no two visits point at the same one.
      const taken = new Set<string>()
      const vs = visits.map((v, i) => {
        const target = v.reviews !== null ? fs[v.reviews] : undefined
        const followUpId = target && !taken.has(target.id) ? target.id : null
        if (followUpId) taken.add(followUpId)
        return visit(`v${String(i).padStart(2, '0')}`, target?.customerId ?? v.customer, v.at, {
          status: followUpId ? 'reviewed' : v.status,
          followUpId,
        })
      })
      return { fs, vs }
    })

  it('loses nothing and shows nothing twice: every follow-up once, every visit unless it is one of them', () => {
    fc.assert(
      fc.property(day, ({ fs, vs }) => {
        const groups = groupDone(fs, vs)
        const ids = groups.flatMap((g) => g.items.map((i) => i.id))
        const merged = vs.filter((v) => v.followUpId !== null).length
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.length).toBe(fs.length + vs.length - merged)
        for (const f of fs) expect(ids).toContain(f.id)
        expect(new Set(groups.map((g) => g.customerId)).size).toBe(groups.length)
        for (const g of groups) {
          const times = g.items.map((i) => i.at)
          expect([...times].sort()).toEqual(times)
        }
        const firsts = groups.map((g) => g.items[0]?.at ?? '')
        expect([...firsts].sort()).toEqual(firsts)
        expect(countDone(groups).followUps).toBe(fs.length)
      }),
    )
  })
})
