import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fitLines,
  fitText,
  lineCapacity,
  paginate,
  paginateParagraphs,
  rowsPerSlide,
  textWidth,
  wrapLines,
} from './slide-pages'

const words = fc
  .array(fc.constantFrom('回款', '客戶', 'sales', 'A', '2026', '跟進達成率', 'follow-up', ' ', '，'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''))

describe('fitting tables and texts to slides', () => {
  it('counts CJK characters as a full em, Latin letters and digits by their class', () => {
    expect(textWidth('回款')).toBe(20)
    // S 7, a 6, l 3, e 6, s 6, space 3, 1 6, 2 6
    expect(textWidth('Sales 12')).toBe(43)
    expect(textWidth('1,234.56')).toBe(42)
    expect(lineCapacity(72, 12)).toBe(57)
  })

  it('fits as many rows as the height allows under the header, at least one', () => {
    expect(rowsPerSlide(5.75, 0.36, 0.42)).toBe(14)
    expect(rowsPerSlide(0.5, 0.36, 0.42)).toBe(1)
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        (h, row) => {
          const n = rowsPerSlide(h, row, row)
          expect(row + n * row <= h + 1e-6 || n === 1).toBe(true)
          expect(row + (n + 1) * row > h - 1e-6).toBe(true)
        },
      ),
    )
  })

  it('pages rows in order, none lost, none over the limit; no rows is one empty page', () => {
    expect(paginate([], 5)).toEqual([[]])
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (rows, per) => {
          const pages = paginate(rows, per)
          expect(pages.flat()).toEqual(rows)
          expect(pages.every((p) => p.length <= per)).toBe(true)
          expect(pages.length).toBe(Math.max(1, Math.ceil(rows.length / per)))
        },
      ),
    )
  })

  it('cuts a cell to its width with an ellipsis, and leaves one that fits alone', () => {
    expect(fitText('九龍烘焙坊', 100)).toBe('九龍烘焙坊')
    expect(fitText('九龍烘焙坊有限公司', 50)).toBe('九龍烘焙…')
    fc.assert(
      fc.property(words, fc.integer({ min: 10, max: 300 }), (text, max) => {
        const fitted = fitText(text, max)
        expect(textWidth(fitted)).toBeLessThanOrEqual(Math.max(max, textWidth('…')))
        if (!fitted.endsWith('…')) expect(fitted).toBe(text.replace(/\s+/g, ' ').trim())
      }),
    )
  })

  it('wraps a paragraph into lines that fit and join back into it', () => {
    // 60 tenths of an em: "Sales rose" is 51, "Sales rose in" 63.
    expect(wrapLines('Sales rose in March and fell in July', 60)).toEqual([
      'Sales rose ',
      'in March ',
      'and fell in ',
      'July',
    ])
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 400 }), (text, capacity) => {
        const lines = wrapLines(text, capacity)
        expect(lines.join('')).toBe(text)
        for (const line of lines) expect(textWidth(line.trimEnd())).toBeLessThanOrEqual(capacity)
      }),
    )
  })

  it('keeps a two-line cell within two lines', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 30, max: 300 }), (text, capacity) => {
        expect(wrapLines(fitLines(text, capacity, 2), capacity).length).toBeLessThanOrEqual(2)
      }),
    )
  })

  it('pages paragraphs within the lines of a slide, keeping every word in order', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 30 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 3, max: 25 }),
        (paragraphs, capacity, lines) => {
          const pages = paginateParagraphs(paragraphs, capacity, lines)
          expect(pages.flat().join('')).toBe(paragraphs.join(''))
          for (const page of pages)
            expect(page.reduce((n, p) => n + wrapLines(p, capacity).length, 0)).toBeLessThanOrEqual(lines)
        },
      ),
    )
  })
})
