import { describe, expect, it } from 'vitest'
import { demoCustomers, demoUsers } from './demo-data'
import { isLocalDate } from '../dates/local-date'

describe('demo data', () => {
  const owners = demoUsers()
    .filter((u) => u.role === 'rep')
    .map((u) => u.key)
  const make = () => demoCustomers({ count: 300, seed: 7, today: '2026-11-27', ownerKeys: owners })

  it('is reproducible from its seed', () => {
    expect(make()).toEqual(make())
  })
  it('gives every customer contacts, Chinese names and valid dates', () => {
    for (const c of make()) {
      expect(c.contacts.length).toBeGreaterThan(0)
      expect(c.name).toMatch(/[\u4e00-\u9fff]/)
      if (c.assignedAt) expect(isLocalDate(c.assignedAt)).toBe(true)
      if (c.status === 'lost') expect(c.lostReason && c.lostDate && isLocalDate(c.lostDate)).toBeTruthy()
    }
  })
  it('keeps external ids unique', () => {
    const ids = make().map((c) => c.externalId)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('reports up the tree: every manager key exists', () => {
    const users = demoUsers()
    const keys = new Set(users.map((u) => u.key))
    for (const u of users) if (u.managerKey) expect(keys.has(u.managerKey)).toBe(true)
  })
})
