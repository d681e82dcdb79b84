import { describe, expect, it } from 'vitest'
import { customerReadScope, customerWriteScope, inScope } from './customer-access'
import { reportingTree, wouldCreateCycle } from './reporting-tree'

// boss → m1 → (r1, m2 → r2); boss → r3
const lines = [
  { id: 'boss', managerId: null },
  { id: 'm1', managerId: 'boss' },
  { id: 'r1', managerId: 'm1' },
  { id: 'm2', managerId: 'm1' },
  { id: 'r2', managerId: 'm2' },
  { id: 'r3', managerId: 'boss' },
]

describe('reportingTree', () => {
  it('walks the reporting line recursively', () => {
    expect(reportingTree(lines, 'm1').sort()).toEqual(['m1', 'm2', 'r1', 'r2'])
    expect(reportingTree(lines, 'r1')).toEqual(['r1'])
  })
  it('terminates on a cycle', () => {
    const loop = [
      { id: 'a', managerId: 'b' },
      { id: 'b', managerId: 'a' },
    ]
    expect(reportingTree(loop, 'a').sort()).toEqual(['a', 'b'])
  })
  it('detects a manager change that would close a loop', () => {
    expect(wouldCreateCycle(lines, 'm1', 'r2')).toBe(true)
    expect(wouldCreateCycle(lines, 'm1', 'm1')).toBe(true)
    expect(wouldCreateCycle(lines, 'r2', 'r3')).toBe(false)
  })
})

describe('customer scopes', () => {
  it('gives a rep only their own customers', () => {
    const scope = customerReadScope({ id: 'r1', role: 'rep' }, lines)
    expect(inScope(scope, 'r1')).toBe(true)
    expect(inScope(scope, 'r2')).toBe(false)
    expect(inScope(scope, null)).toBe(false)
  })
  it('gives a manager the whole subtree and nothing beside it', () => {
    const scope = customerReadScope({ id: 'm1', role: 'manager' }, lines)
    expect(['m1', 'r1', 'm2', 'r2'].every((id) => inScope(scope, id))).toBe(true)
    expect(inScope(scope, 'r3')).toBe(false)
  })
  it('lets finance and auditors read everything but write nothing', () => {
    for (const role of ['finance', 'auditor'] as const) {
      expect(inScope(customerReadScope({ id: 'x', role }, lines), 'r3')).toBe(true)
      expect(customerWriteScope({ id: 'x', role }, lines)).toBeNull()
    }
  })
  it('lets an admin write everything, pool customers included', () => {
    expect(inScope(customerWriteScope({ id: 'boss', role: 'admin' }, lines), null)).toBe(true)
  })
})
