import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArchiveValueError, decodeValue, encodeValue } from './archive-value'

const dbValue = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.uint8Array({ maxLength: 64 }),
)

describe('archive values', () => {
  it('come back exactly through a JSON line', () => {
    fc.assert(
      fc.property(fc.array(dbValue, { maxLength: 12 }), (row) => {
        const line = JSON.stringify(['t', row.map(encodeValue)])
        const back = (JSON.parse(line) as [string, unknown[]])[1].map(decodeValue)
        expect(back).toEqual(row)
        back.forEach((value, i) => expect(typeof value).toBe(typeof row[i]))
      }),
      { numRuns: 500 },
    )
  })

  it('keep text that looks like a tag as text', () => {
    expect(decodeValue(encodeValue('{"$bigint":"1"}'))).toBe('{"$bigint":"1"}')
  })

  it('refuse what JSON would change or cannot hold', () => {
    for (const value of [NaN, Infinity, -0, undefined, new Date(0), {}, [1]])
      expect(() => encodeValue(value)).toThrow(ArchiveValueError)
    for (const value of [{ $bigint: '1.5' }, { $bytes: '***' }, { $date: 'x' }, { $bigint: '1', x: 1 }, [1]])
      expect(() => decodeValue(value)).toThrow(ArchiveValueError)
  })
})
