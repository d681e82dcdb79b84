/**
 * Fitting a deck's tables and texts to fixed-size slides (issue 7: "tables paginate across slides
 * instead of overflowing"). Widths are measured in tenths of an em, a little over the advance
 * widths of Noto Sans (CJK), so an estimate errs on the side of room to spare: an East Asian wide
 * character is a full em (10); Latin letters by their class — i, l and punctuation 3, f, r, t and
 * brackets 4, capitals 7, M, W, m, w 8 — and anything else (lower case, digits) 6.
 */

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
]

const isWide = (codePoint: number) => WIDE.some(([from, to]) => codePoint >= from && codePoint <= to)

const NARROW = " .,:;'!|ijl"
const SEMI = '()[]-/frt'
const BROAD = 'MWmw'

/** The width of one character, in tenths of an em. */
export function charWidth(char: string): number {
  if (isWide(char.codePointAt(0) ?? 0)) return 10
  if (NARROW.includes(char)) return 3
  if (SEMI.includes(char)) return 4
  if (BROAD.includes(char)) return 8
  if (char >= 'A' && char <= 'Z') return 7
  return 6
}

/** The width of a text on one line, in tenths of an em. */
export const textWidth = (text: string) => [...text].reduce((sum, c) => sum + charWidth(c), 0)

/** How many tenths of an em fit on a line of `widthPt` points at `fontPt`, keeping 5 % to spare. */
export const lineCapacity = (widthPt: number, fontPt: number) =>
  Math.floor(((widthPt / fontPt) * 10 * 95) / 100)

/** How many table rows of `rowHeight` fit under a header of `headerHeight` in `areaHeight` (at least 1). */
export function rowsPerSlide(areaHeight: number, rowHeight: number, headerHeight = rowHeight): number {
  return Math.max(1, Math.floor((areaHeight - headerHeight + 1e-9) / rowHeight))
}

/** The rows in pages of at most `perPage`, in order; no rows is one empty page (the slide says so). */
export function paginate<T>(rows: readonly T[], perPage: number): T[][] {
  if (rows.length === 0) return [[]]
  const pages: T[][] = []
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage))
  return pages
}

/** A text cut to `max` tenths of an em, ending in "…" when cut: a table cell never wraps. */
export function fitText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (textWidth(flat) <= max) return flat
  let width = charWidth('…')
  let out = ''
  for (const char of flat) {
    width += charWidth(char)
    if (width > max) break
    out += char
  }
  return out.trimEnd() + '…'
}

/**
 * Where a paragraph breaks into lines of at most `capacity`: the pieces, which join back into the
 * paragraph. Latin words stay whole unless one alone is longer than a line; CJK text breaks
 * between any two characters.
 */
export function wrapLines(text: string, capacity: number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  // Words with their trailing spaces; every wide character is a word of its own.
  const words =
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/g,
    ) ?? []
  for (const word of words) {
    const w = textWidth(word.trimEnd())
    if (width + w > capacity && line !== '') {
      lines.push(line)
      line = ''
      width = 0
    }
    if (w > capacity) {
      // A word longer than a line: cut it where it reaches the edge.
      for (const char of word) {
        if (width + charWidth(char) > capacity && line.trim() !== '') {
          lines.push(line)
          line = ''
          width = 0
        }
        line += char
        width += charWidth(char)
      }
      continue
    }
    line += word
    width += textWidth(word)
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Paragraphs in pages of at most `linesPerPage` lines each, at `capacity` per line: whole
 * paragraphs while they fit, a paragraph longer than a page split between lines. Each page is a
 * list of paragraph pieces (a split paragraph's pieces join back into it).
 */
export function paginateParagraphs(
  paragraphs: readonly string[],
  capacity: number,
  linesPerPage: number,
): string[][] {
  const pages: string[][] = []
  let page: string[] = []
  let used = 0
  for (const paragraph of paragraphs) {
    const lines = wrapLines(paragraph, capacity)
    if (used + lines.length <= linesPerPage) {
      page.push(paragraph)
      used += lines.length
      continue
    }
    if (lines.length <= linesPerPage) {
      if (page.length > 0) pages.push(page)
      page = [paragraph]
      used = lines.length
      continue
    }
    let rest = lines
    while (rest.length > 0) {
      if (used >= linesPerPage) {
        pages.push(page)
        page = []
        used = 0
      }
      const take = rest.slice(0, linesPerPage - used)
      page.push(take.join(''))
      used += take.length
      rest = rest.slice(take.length)
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}

/**
 * A text cut to at most `lines` lines of `capacity` (a table cell of fixed height): the lines it
 * wraps to, the last one ending in "…" when there was more.
 */
export function fitLines(text: string, capacity: number, lines: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const wrapped = wrapLines(flat, capacity)
  if (wrapped.length <= lines) return flat
  const kept = wrapped.slice(0, lines)
  const last = fitText(`${kept[lines - 1] ?? ''}…`, capacity)
  return [...kept.slice(0, lines - 1), last.endsWith('…') ? last : `${last}…`].join('')
}
