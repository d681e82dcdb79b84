import type PptxGenJS from 'pptxgenjs'
import type { YearEndDeck } from '../../core/year-end/deck-model'
import { BRIDGE_STEPS } from '../../core/year-end/waterfall'
import { COLORS, CONTENT, SLIDE, TABLE, TEXT_PT } from './deck-layout'
import { emptyMessage, noteLine, textOf } from './deck-frame'
import type { Para } from './deck-plan'
import { FACTOR_COLUMN } from './deck-plan'
import { tablePages, type TablePage } from './deck-table'
import type { DeckText } from './deck-text'
import { scopeLabel } from './scope-label'

type Box = { x: number; y: number; w: number; h: number }
const ALIGN = { left: 'left', right: 'right', center: 'center' } as const

/** A table page at `box`'s top left: header, rows (alternately shaded), the total in bold. */
export function drawTable(slide: PptxGenJS.Slide, text: DeckText, page: TablePage, box: Box) {
  if (page.rows.length === 0) {
    emptyMessage(slide, text, page.empty, box)
    return
  }
  const cell = (value: string, i: number, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: value,
    options: {
      align: ALIGN[page.columns[i]?.align ?? 'left'],
      valign: 'middle',
      fontFace: text.font,
      lang: text.tag,
      fontSize: page.fontPt,
      color: COLORS.text,
      margin: [2, TABLE.cellMarginPt, 2, TABLE.cellMarginPt],
      border: [
        { type: 'none' },
        { type: 'none' },
        { type: 'solid', pt: 0.5, color: COLORS.line },
        { type: 'none' },
      ],
      ...options,
    },
  })
  const header = page.columns.map((c, i) =>
    cell(c.header, i, {
      bold: true,
      color: COLORS.white,
      fill: { color: COLORS.navy },
      fontSize: page.fontPt - 1,
    }),
  )
  const rows = page.rows.map((row, r) => {
    const total = page.totalRow && r === page.rows.length - 1
    return row.map((value, i) =>
      cell(value, i, {
        bold: total,
        fill: { color: total ? 'DEEAF6' : r % 2 === 1 ? COLORS.lightGrey : COLORS.white },
      }),
    )
  })
  slide.addTable([header, ...rows], {
    x: box.x,
    y: box.y,
    w: page.colW.reduce((a, b) => a + b, 0),
    colW: page.colW,
    rowH: [page.headerH, ...page.rows.map(() => page.rowH)],
    autoPage: false,
  })
}

export function drawCover(slide: PptxGenJS.Slide, deck: YearEndDeck, text: DeckText) {
  const t = text.t
  const x = 0.9
  slide.addText(deck.organisation, textOf(text, { x, y: 0.8, w: 9, h: 0.5, fontSize: 18, color: 'BDD7EE' }))
  slide.addText(
    t('deck.title', { year: deck.year }),
    textOf(text, { x, y: 2.2, w: SLIDE.w - 2 * x, h: 1.2, fontSize: 44, bold: true, color: COLORS.white }),
  )
  slide.addText(
    scopeLabel(deck, text),
    textOf(text, { x, y: 3.5, w: SLIDE.w - 2 * x, h: 0.7, fontSize: 24, color: COLORS.white, fit: 'shrink' }),
  )
  slide.addText(
    [
      {
        text: t('deck.cover.period', {
          period: text.period(deck.period),
          previous: text.period(deck.previous),
        }),
        options: { breakLine: true },
      },
      { text: t('deck.cover.asOf', { date: deck.asOf < deck.period.to ? deck.asOf : deck.period.to }) },
    ],
    textOf(text, { x, y: 4.6, w: SLIDE.w - 2 * x, h: 1.0, fontSize: 16, color: 'BDD7EE', paraSpaceAfter: 6 }),
  )
}

export function drawContents(slide: PptxGenJS.Slide, text: DeckText, items: string[]) {
  slide.addText(
    items.map((item, i) => ({
      text: `${i + 1}.  ${item}`,
      options: { breakLine: i < items.length - 1 },
    })),
    textOf(text, {
      x: CONTENT.x + 0.5,
      y: CONTENT.y + 0.2,
      w: CONTENT.w - 1,
      h: CONTENT.h - 0.4,
      fontSize: 22,
      paraSpaceAfter: 14,
      valign: 'top',
    }),
  )
}

const paraRun = (text: DeckText, p: Para, last: boolean): PptxGenJS.TextProps => ({
  text: p.text,
  options: {
    breakLine: !last,
    bold: p.style === 'heading',
    italic: p.style === 'placeholder',
    color: p.style === 'placeholder' ? COLORS.grey : p.style === 'heading' ? COLORS.navy : COLORS.text,
    bullet: p.style ? false : { indent: 14 },
    paraSpaceBefore: p.style === 'heading' ? 6 : 0,
    paraSpaceAfter: 3,
    fontFace: text.font,
    lang: text.tag,
  },
})

/** Paragraphs in a box from its top; the plan leaves them to estimate their lines (core/year-end/slide-pages.ts). */
export function drawParagraphs(
  slide: PptxGenJS.Slide,
  text: DeckText,
  paras: Para[],
  box: Box,
  fontPt = TEXT_PT,
) {
  if (paras.length === 0) return
  slide.addText(
    paras.map((p, i) => paraRun(text, p, i === paras.length - 1)),
    textOf(text, { ...box, fontSize: fontPt, valign: 'top', lineSpacingMultiple: 1.15 }),
  )
}

export function drawFactors(slide: PptxGenJS.Slide, text: DeckText, positive: Para[], negative: Para[]) {
  const t = text.t
  const columns = [
    { title: t('deck.positive'), paras: positive, color: COLORS.green, x: CONTENT.x },
    { title: t('deck.negative'), paras: negative, color: COLORS.red, x: CONTENT.x + FACTOR_COLUMN.w + 0.4 },
  ]
  for (const c of columns) {
    slide.addText(
      c.title,
      textOf(text, {
        x: c.x,
        y: CONTENT.y,
        w: FACTOR_COLUMN.w,
        h: 0.4,
        fontSize: 16,
        bold: true,
        color: COLORS.white,
        fill: { color: c.color },
        margin: 6,
        valign: 'middle',
      }),
    )
    drawParagraphs(
      slide,
      text,
      c.paras,
      {
        x: c.x,
        y: CONTENT.y + FACTOR_COLUMN.headingH,
        w: FACTOR_COLUMN.w,
        h: CONTENT.h - FACTOR_COLUMN.headingH,
      },
      FACTOR_COLUMN.fontPt,
    )
  }
}

/** One headline figure in a tile: the figure large, what it is, and how it was counted. */
export function drawTile(
  slide: PptxGenJS.Slide,
  text: DeckText,
  box: Box,
  figure: string,
  label: string,
  detail = '',
) {
  slide.addShape('rect', {
    ...box,
    fill: { color: COLORS.lightGrey },
    line: { color: COLORS.line, width: 0.75 },
  })
  slide.addText(
    figure,
    textOf(text, {
      x: box.x + 0.15,
      y: box.y + 0.1,
      w: box.w - 0.3,
      h: 0.6,
      fontSize: 26,
      bold: true,
      color: COLORS.navy,
      fit: 'shrink',
    }),
  )
  slide.addText(
    label,
    textOf(text, { x: box.x + 0.15, y: box.y + 0.72, w: box.w - 0.3, h: 0.35, fontSize: 12, bold: true }),
  )
  if (detail)
    slide.addText(
      detail,
      textOf(text, {
        x: box.x + 0.15,
        y: box.y + 1.08,
        w: box.w - 0.3,
        h: box.h - 1.18,
        fontSize: 10,
        color: COLORS.grey,
        valign: 'top',
        fit: 'shrink',
      }),
    )
}

/** The year against the year before: the six figures of DOMAIN.md's period comparison. */
export function comparisonTable(deck: YearEndDeck, text: DeckText, box: Box): TablePage {
  const t = text.t
  const value = (kind: string, v: number | null) =>
    v === null ? '—' : kind === 'money' ? text.money(v) : kind === 'count' ? text.count(v) : text.percent(v)
  const signed = (kind: string, v: number | null) =>
    v === null
      ? '—'
      : kind === 'ratio'
        ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${text.percent(Math.abs(v))}`
        : `${v > 0 ? '+' : v < 0 ? '−' : ''}${value(kind, Math.abs(v))}`
  const [page] = tablePages({
    columns: [
      { header: t('deck.col.figure'), align: 'left', flex: 1 },
      { header: text.period(deck.period), align: 'right' },
      { header: text.period(deck.previous), align: 'right' },
      { header: t('deck.col.difference'), align: 'right' },
      { header: t('deck.col.change'), align: 'right' },
    ],
    rows: deck.comparison.map((r) => [
      t(`analysis.metric.${r.metric}`),
      value(r.kind, r.current),
      value(r.kind, r.previous),
      signed(r.kind, r.difference),
      r.change === null ? '—' : signed('ratio', r.change),
    ]),
    width: box.w,
    height: box.h,
    empty: t('deck.none'),
  })
  return page as TablePage
}

/** The bridge's steps with their amounts, and the check that they add up. */
export function bridgeTable(deck: YearEndDeck, text: DeckText, box: Box): TablePage {
  const t = text.t
  const b = deck.bridge
  const label = (step: (typeof BRIDGE_STEPS)[number]) =>
    step === 'previous'
      ? text.period(deck.previous)
      : step === 'current'
        ? text.period(deck.period)
        : step === 'expansion' || step === 'contraction'
          ? t(`analysis.bridge.${step}`)
          : t(`analysis.group.${step}`)
  const sign = (step: string) =>
    step === 'contraction' || step === 'lost' ? '−' : step === 'previous' || step === 'current' ? '' : '+'
  const [page] = tablePages({
    columns: [
      { header: t('deck.col.group'), align: 'left', flex: 1 },
      { header: t('deck.col.amount'), align: 'right' },
    ],
    rows: BRIDGE_STEPS.map((step) => [label(step), `${sign(step)}${text.money(b[step])}`]),
    width: box.w,
    height: box.h,
    empty: t('deck.none'),
  })
  return page as TablePage
}

export function gainLossTable(deck: YearEndDeck, text: DeckText, box: Box): TablePage {
  const t = text.t
  const g = deck.gainLoss
  const [page] = tablePages({
    columns: [
      { header: t('deck.col.group'), align: 'left', flex: 1 },
      { header: t('deck.col.customers'), align: 'right' },
      { header: t('deck.col.salesIn', { period: text.period(deck.period) }), align: 'right' },
      { header: t('deck.col.salesIn', { period: text.period(deck.previous) }), align: 'right' },
    ],
    rows: [
      [t('analysis.group.new'), text.count(g.new.count), text.money(g.new.sales), '—'],
      [
        t('analysis.group.retained'),
        text.count(g.retained.count),
        text.money(g.retained.sales),
        text.money(g.retained.previousSales),
      ],
      [
        t('analysis.group.reactivated'),
        text.count(g.reactivated.count),
        text.money(g.reactivated.sales),
        '—',
      ],
      [t('analysis.group.lost'), text.count(g.lost.count), '—', text.money(g.lost.previousSales)],
    ],
    width: box.w,
    height: box.h,
    empty: t('deck.none'),
  })
  return page as TablePage
}

export { noteLine }
