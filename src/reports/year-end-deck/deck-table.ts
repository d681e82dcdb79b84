import {
  fitLines,
  fitText,
  lineCapacity,
  paginate,
  rowsPerSlide,
  textWidth,
} from '../../core/year-end/slide-pages'
import { TABLE } from './deck-layout'

export type Align = 'left' | 'right' | 'center'

/** A column: numbers take the width their widest value needs; text columns share the rest by `flex`. */
export type DeckColumn = { header: string; align: Align; flex?: number }

/** One slide's table, laid out: its widths, font and rows already cut to fit. */
export type TablePage = {
  columns: DeckColumn[]
  colW: number[]
  fontPt: number
  headerH: number
  rowH: number
  rows: string[][]
  /** The last row is a total (drawn bold). */
  totalRow: boolean
  /** What the slide says when there are no rows. */
  empty: string
}

const HEADER_LINES = 2

/**
 * The width a header needs to sit on its two lines with no word cut: its longest word, and at
 * least half of it (CJK headers break anywhere, so only the half counts for them).
 */
const headerNeed = (header: string) =>
  Math.max(...header.split(/\s+/).map(textWidth), Math.ceil(textWidth(header) / HEADER_LINES) + 6)
// A little more than the text needs: the capacity computed back from the width is rounded down.
const inchOf = (tenths: number, fontPt: number) =>
  ((tenths / 10) * fontPt) / 72 / 0.95 + (2 * TABLE.cellMarginPt) / 72 + 0.03

/**
 * Column widths and a font size at which every number column shows its widest value in full —
 * money is never cut — while text columns share the rest of `width` (cut with "…" when longer).
 */
function widths(columns: readonly DeckColumn[], rows: readonly string[][], width: number) {
  for (const fontPt of [TABLE.fontPt, 10, 9, 8]) {
    const fixed = columns.map((c, i) =>
      c.flex
        ? 0
        : Math.max(
            inchOf(Math.max(...rows.map((r) => textWidth(r[i] ?? '')), 0), fontPt),
            inchOf(headerNeed(c.header), fontPt - 1),
            0.6,
          ),
    )
    const left = width - fixed.reduce((a, b) => a + b, 0)
    const flex = columns.reduce((n, c) => n + (c.flex ?? 0), 0)
    if (left >= flex * 1.0 || fontPt === 8) {
      const spare = flex ? left : left / columns.length
      return {
        fontPt,
        colW: columns.map((c, i) =>
          flex ? (fixed[i] as number) + (spare * (c.flex ?? 0)) / flex : (fixed[i] as number) + spare,
        ),
      }
    }
  }
  throw new Error('unreachable')
}

/**
 * A table in slides of fixed rows (issue 7: "tables paginate across slides instead of
 * overflowing"): the rows per slide follow from the row height and the height available, every
 * cell is cut to its column (`lines` lines each), and the total row, if any, ends the last slide.
 */
export function tablePages(options: {
  columns: DeckColumn[]
  rows: string[][]
  total?: string[]
  width: number
  height: number
  lines?: 1 | 2
  empty: string
}): TablePage[] {
  const lines = options.lines ?? 1
  const all = options.total ? [...options.rows, options.total] : options.rows
  const { fontPt, colW } = widths(options.columns, all, options.width)
  const rowH = lines === 2 ? TABLE.twoLineRowH : TABLE.rowH
  const headerH = TABLE.headerH
  const perSlide = rowsPerSlide(options.height, rowH, headerH)
  const capacity = colW.map((w) => lineCapacity(w * 72 - 2 * TABLE.cellMarginPt, fontPt))
  const headerCapacity = colW.map((w) => lineCapacity(w * 72 - 2 * TABLE.cellMarginPt, fontPt - 1))
  const columns = options.columns.map((c, i) => ({
    ...c,
    header: fitLines(c.header, headerCapacity[i] as number, HEADER_LINES),
  }))
  const fit = (row: string[]) =>
    row.map((cell, i) =>
      lines === 2 ? fitLines(cell, capacity[i] as number, 2) : fitText(cell, capacity[i] as number),
    )
  const pages = paginate(all.map(fit), perSlide)
  return pages.map((rows, i) => ({
    columns,
    colW,
    fontPt,
    headerH,
    rowH,
    rows,
    totalRow: Boolean(options.total) && i === pages.length - 1,
    empty: options.empty,
  }))
}
