import { describe, expect, it } from 'vitest'
import { acceptsGzip } from './compress-json'

describe('acceptsGzip', () => {
  it('takes what browsers send, with or without weights', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true)
    expect(acceptsGzip('GZIP')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
  })
  it('refuses none, others only, and gzip weighed zero', () => {
    expect(acceptsGzip(undefined)).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip;q=0.000, br')).toBe(false)
    expect(acceptsGzip('x-gzip-like')).toBe(false)
    expect(acceptsGzip('gzip;q=0, *')).toBe(false)
  })
})
