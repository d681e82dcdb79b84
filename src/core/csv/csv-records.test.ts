import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvRecords } from './csv-records'
import { csvRow } from './csv-cell'

/** Feeds the text in pieces cut at the given places and collects every record. */
function readInPieces(text: string, cuts: number[] = []) {
  const reader = csvRecords()
  const places = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const out = []
  let from = 0
  for (const at of [...places, text.length]) {
    out.push(...reader.push(text.slice(from, at)))
    from = at
  }
  return [...out, ...reader.end()]
}

const cellText = fc.string({ unit: fc.constantFrom('a', '訂', ',', '"', '\n', '\r\n', ' ', '1', '=') })

describe('csvRecords', () => {
  it('reads quoted cells, doubled quotes, CRLF and LF, and skips empty lines', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",3\n\n"multi\nline",,\n'
    expect(readInPieces(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', '3'] },
      { line: 4, cells: ['multi\nline', '', ''] },
    ])
  })

  it('reads a last line without a line end, and a lone CR as a line end', () => {
    expect(readInPieces('a,b\rc,d')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
    ])
  })

  it('refuses an unclosed quote, naming the line it starts on', () => {
    expect(() => readInPieces('a\nb\n"never closed,\nx\n')).toThrow(
      expect.objectContaining({ messageKey: 'import.malformed', params: { line: 3 } }),
    )
  })

  it('refuses a record that runs past a megabyte (an open quote through garbage) without reading on', () => {
    const reader = csvRecords()
    reader.push('"')
    expect(() => {
      for (let i = 0; i < 20; i++) reader.push('x'.repeat(100_000))
    }).toThrow(expect.objectContaining({ messageKey: 'import.malformed' }))
  })

  it('reads what csvRow writes, however the text is cut into chunks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, cuts) => {
          const text = rows.map((r) => csvRow(r)).join('')
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
          expect(readInPieces(text, cuts).map((r) => r.cells)).toEqual(expected)
        },
      ),
    )
  })

  it('agrees with csv-parse on any well-formed file, cut anywhere (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, cuts, eol) => {
          const text = rows
            .map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
            .join(eol)
          const reference = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]
          expect(readInPieces(text, cuts).map((r) => r.cells)).toEqual(reference)
        },
      ),
    )
  })
})
