import { describe, expect, it } from 'vitest'
import type { ActingUser } from '../app/context'
import { createReadCache } from './read-cache'

const actor: ActingUser = {
  id: 'u1',
  email: 'r1@test.tw',
  name: 'R1',
  role: 'rep',
  managerId: null,
  lang: null,
}
const answer = (body: string) => ({
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(body),
})

function cacheWithClocks(options: { ttlMs?: number; maxBytes?: number } = {}) {
  const clocks = { now: Date.parse('2026-11-27T02:00:00Z'), monotonic: 0 }
  const cache = createReadCache({
    ttlMs: options.ttlMs ?? 1000,
    maxBytes: options.maxBytes ?? 1000,
    now: () => new Date(clocks.now),
    monotonicMs: () => clocks.monotonic,
  })
  return { cache, clocks }
}

describe('read cache', () => {
  it('serves an answer again while the data version stays, and never once it moved', () => {
    const { cache } = cacheWithClocks()
    cache.compute('k')
    cache.settle('k', 'v1', answer('{"a":1}'))
    expect(cache.answer('k', 'v1')?.body.toString()).toBe('{"a":1}')
    expect(cache.answer('k', 'v2')).toBeUndefined()
    // Back at the old version string, nothing kept before is served: the move dropped it.
    expect(cache.answer('k', 'v1')).toBeUndefined()
  })

  it('keeps a session only at its version', () => {
    const { cache } = cacheWithClocks()
    cache.keepSession('token', 'v1', actor)
    expect(cache.session('token', 'v1')).toEqual(actor)
    expect(cache.session('other', 'v1')).toBeUndefined()
    expect(cache.session('token', 'v2')).toBeUndefined()
  })

  it('expires answers after the ttl by either clock, and when the organisation clock goes back', () => {
    const { cache, clocks } = cacheWithClocks({ ttlMs: 1000 })
    cache.settle('k', 'v1', answer('x'))
    clocks.monotonic = 999
    expect(cache.answer('k', 'v1')?.body.toString()).toBe('x')
    clocks.monotonic = 1000
    expect(cache.answer('k', 'v1')).toBeUndefined()

    cache.settle('k', 'v1', answer('y'))
    clocks.now += 1000 // a test or demo clock moved a second on, the process did not wait
    expect(cache.answer('k', 'v1')).toBeUndefined()

    cache.settle('k', 'v1', answer('z'))
    clocks.now -= 5000
    expect(cache.answer('k', 'v1')).toBeUndefined()
  })

  it('drops the oldest answers beyond its bytes, and never keeps one larger than all of them', () => {
    const { cache } = cacheWithClocks({ maxBytes: 10 })
    cache.settle('a', 'v1', answer('aaaa'))
    cache.settle('b', 'v1', answer('bbbb'))
    cache.settle('c', 'v1', answer('cccc'))
    expect(cache.answer('a', 'v1')).toBeUndefined()
    expect(cache.answer('b', 'v1')?.body.toString()).toBe('bbbb')
    expect(cache.answer('c', 'v1')?.body.toString()).toBe('cccc')
    cache.settle('d', 'v1', answer('d'.repeat(11)))
    expect(cache.answer('d', 'v1')).toBeUndefined()
    expect(cache.answer('c', 'v1')?.body.toString()).toBe('cccc')
  })

  it('lets readers of the same key wait for the one computing it, also when it keeps nothing', async () => {
    const { cache } = cacheWithClocks()
    expect(cache.wait('k')).toBeUndefined()
    cache.compute('k')
    const waiting = cache.wait('k')
    expect(waiting).toBeInstanceOf(Promise)
    let woke = false
    void waiting?.then(() => (woke = true))
    await Promise.resolve()
    expect(woke).toBe(false)
    cache.settle('k', 'v1')
    await waiting
    expect(woke).toBe(true)
    expect(cache.wait('k')).toBeUndefined()
    expect(cache.answer('k', 'v1')).toBeUndefined()
  })
})
