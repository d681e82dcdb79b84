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
/** Each kept answer weighs its body, its key and 1,024 bytes for its headers. */
const HEADERS = 1024

function cacheWithClocks(options: { ttlMs?: number; maxBytes?: number; maxEntries?: number } = {}) {
  const clocks = { now: Date.parse('2026-11-27T02:00:00Z'), monotonic: 0 }
  const cache = createReadCache({
    ttlMs: options.ttlMs ?? 1000,
    maxBytes: options.maxBytes ?? 100_000,
    maxEntries: options.maxEntries ?? 100,
    now: () => new Date(clocks.now),
    monotonicMs: () => clocks.monotonic,
  })
  const keep = (key: string, body: string, at = 'v1') => cache.settle(key, cache.stamp(at), answer(body))
  const read = (key: string, at = 'v1') => cache.answer(key, at)?.body.toString()
  return { cache, clocks, keep, read }
}

describe('read cache', () => {
  it('serves an answer again while the data version stays, and never once it moved', () => {
    const { cache, keep, read } = cacheWithClocks()
    cache.compute('k')
    keep('k', '{"a":1}')
    expect(read('k')).toBe('{"a":1}')
    expect(read('k', 'v2')).toBeUndefined()
    // Back at the old version string, nothing kept before is served: the move dropped it.
    expect(read('k')).toBeUndefined()
  })

  it('keeps a session only at its version', () => {
    const { cache } = cacheWithClocks()
    cache.keepSession('token', cache.stamp('v1'), actor)
    expect(cache.session('token', 'v1')).toEqual(actor)
    expect(cache.session('other', 'v1')).toBeUndefined()
    expect(cache.session('token', 'v2')).toBeUndefined()
  })

  it('expires answers after the ttl by either clock, and when the organisation clock goes back', () => {
    const { clocks, keep, read } = cacheWithClocks({ ttlMs: 1000 })
    keep('k', 'x')
    clocks.monotonic = 999
    expect(read('k')).toBe('x')
    clocks.monotonic = 1000
    expect(read('k')).toBeUndefined()

    keep('k', 'y')
    clocks.now += 1000 // a test or demo clock moved a second on, the process did not wait
    expect(read('k')).toBeUndefined()

    keep('k', 'z')
    clocks.now -= 5000
    expect(read('k')).toBeUndefined()
  })

  it('counts the ttl from when the computation began, not from when it ended', () => {
    const { cache, clocks, read } = cacheWithClocks({ ttlMs: 1000 })
    const began = cache.stamp('v1')
    clocks.monotonic = 800 // the computation took 0.8 s
    cache.settle('k', began, answer('slow'))
    expect(read('k')).toBe('slow')
    clocks.monotonic = 1000
    expect(read('k')).toBeUndefined()
  })

  it('drops the oldest answers beyond its bytes, and never keeps one larger than all of them', () => {
    const { keep, read } = cacheWithClocks({ maxBytes: 2 * (HEADERS + 1 + 4) })
    keep('a', 'aaaa')
    keep('b', 'bbbb')
    keep('c', 'cccc')
    expect(read('a')).toBeUndefined()
    expect(read('b')).toBe('bbbb')
    expect(read('c')).toBe('cccc')
    keep('b', 'BBBB') // kept again: now the newest
    keep('d', 'dddd')
    expect(read('c')).toBeUndefined()
    expect(read('b')).toBe('BBBB')
    keep('e', 'e'.repeat(2 * HEADERS))
    expect(read('e')).toBeUndefined()
    expect(read('d')).toBe('dddd')
  })

  it('keeps a bounded number of answers however small they are', () => {
    const { keep, read } = cacheWithClocks({ maxEntries: 3 })
    for (const key of ['a', 'b', 'c', 'd']) keep(key, '1')
    expect(read('a')).toBeUndefined()
    expect(['b', 'c', 'd'].map((key) => read(key))).toEqual(['1', '1', '1'])
  })

  it('drops expired answers when it keeps a new one, not only when over its bounds', () => {
    const { cache, clocks, keep, read } = cacheWithClocks({ ttlMs: 1000 })
    keep('old1', 'x')
    keep('old2', 'x')
    clocks.monotonic = 1500
    keep('new', 'y')
    expect(cache.size()).toBe(1)
    expect(read('new')).toBe('y')
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
    cache.settle('k', cache.stamp('v1'))
    await waiting
    expect(woke).toBe(true)
    expect(cache.wait('k')).toBeUndefined()
    expect(cache.answer('k', 'v1')).toBeUndefined()
  })
})
