import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { csvCell, csvRow } from './csv-cell'

/** Undo csvCell's quoting, as a spreadsheet reading one cell would. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)

describe('csvCell', () => {
  it('neutralises every formula trigger', () => {
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(unquote(csvCell(danger)).startsWith("'")).toBe(true)
  })
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvRow(['x', 1, null])).toBe('x,1,\r\n')
  })
  it('never lets a text start with a formula character, and loses nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const read = unquote(csvCell(s))
        const dangerous = /^[=+\-@\t\r]/.test(s)
        return !/^[=+\-@\t\r]/.test(read) && read === (dangerous ? `'${s}` : s)
      }),
    )
  })
})
