import { describe, expect, it } from 'vitest'
import { redactUrl } from './redact-url'

describe('redactUrl', () => {
  it('hides the token of a calendar feed, keeping the path readable', () => {
    expect(redactUrl('/api/v1/calendar/k3Jq9_x-ZZ.ics')).toBe('/api/v1/calendar/[token].ics')
    expect(redactUrl('/api/v1/calendar/abc123.ics?x=1')).toBe('/api/v1/calendar/[token].ics?x=1')
  })
  it('leaves every other URL as it is', () => {
    expect(redactUrl('/api/v1/customers?owner=abc')).toBe('/api/v1/customers?owner=abc')
    expect(redactUrl('/api/v1/calendar/feed')).toBe('/api/v1/calendar/feed')
  })
})
