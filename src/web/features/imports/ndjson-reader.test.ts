import { describe, expect, it } from 'vitest'
import { ndjsonReader } from './ndjson-reader'

describe('ndjsonReader', () => {
  it('returns each line once, when its newline has arrived', () => {
    const read = ndjsonReader()
    expect(read('{"progress":{"rows":1}}\n{"prog')).toEqual([{ progress: { rows: 1 } }])
    expect(read('{"progress":{"rows":1}}\n{"progress":{"rows":2}}\n')).toEqual([{ progress: { rows: 2 } }])
    expect(read('{"progress":{"rows":1}}\n{"progress":{"rows":2}}\n')).toEqual([])
  })

  it('keeps a last line without its newline until one is added', () => {
    const read = ndjsonReader()
    expect(read('{"report":{}}')).toEqual([])
    expect(read('{"report":{}}' + '\n')).toEqual([{ report: {} }])
  })

  it('skips blank lines, carriage returns and lines that are not JSON', () => {
    const read = ndjsonReader()
    expect(read('\n{"a":1}\r\nnot json\n\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }])
  })
})
