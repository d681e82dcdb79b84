import PptxGenJS from 'pptxgenjs'
import type { YearEndDeck } from '../../core/year-end/deck-model'
import {
  bridgeChart,
  comparisonChart,
  coverageChart,
  expenseChart,
  gainLossChart,
  monthlyChart,
  paretoChart,
  teamChart,
} from './deck-charts'
import { tagChartLanguage } from './chart-language'
import { contentSlide, COVER_MASTER, defineMasters, emptyMessage, noteLine, textOf } from './deck-frame'
import { COLORS, CONTENT } from './deck-layout'
import { planDeck, type PlannedSlide } from './deck-plan'
import {
  bridgeTable,
  comparisonTable,
  drawContents,
  drawCover,
  drawFactors,
  drawParagraphs,
  drawTable,
  drawTile,
  gainLossTable,
} from './deck-slides'
import { deckText, type DeckText } from './deck-text'

const split = (left: number) => ({
  left: { x: CONTENT.x, y: CONTENT.y, w: left, h: CONTENT.h },
  right: { x: CONTENT.x + left + 0.3, y: CONTENT.y, w: CONTENT.w - left - 0.3, h: CONTENT.h },
})

function drawSlide(pptx: PptxGenJS, deck: YearEndDeck, text: DeckText, planned: PlannedSlide) {
  const t = text.t
  if (planned.kind === 'cover') {
    drawCover(pptx.addSlide({ masterName: COVER_MASTER }), deck, text)
    return
  }
  const slide = contentSlide(pptx, text, planned.title, deck.logo !== null)
  switch (planned.kind) {
    case 'contents':
      return drawContents(slide, text, planned.items)
    case 'noData':
      return emptyMessage(slide, text, planned.message)
    case 'monthly':
      return monthlyChart(pptx, slide, deck, text)
    case 'comparison': {
      const { left, right } = split(7.4)
      drawTable(slide, text, comparisonTable(deck, text, left), left)
      return comparisonChart(pptx, slide, deck, text, right)
    }
    case 'bridge': {
      const { left, right } = split(8.2)
      const chart = { ...left, h: left.h - 0.6 }
      bridgeChart(pptx, slide, deck, text, chart)
      drawTable(slide, text, bridgeTable(deck, text, right), right)
      const b = deck.bridge
      slide.addText(
        t('deck.bridge.check', {
          previous: text.money(b.previous),
          new: text.money(b.new),
          reactivated: text.money(b.reactivated),
          expansion: text.money(b.expansion),
          contraction: text.money(b.contraction),
          lost: text.money(b.lost),
          current: text.money(b.current),
        }),
        textOf(text, {
          x: CONTENT.x,
          y: CONTENT.y + CONTENT.h - 0.5,
          w: CONTENT.w,
          h: 0.5,
          fontSize: 11,
          color: COLORS.grey,
          fit: 'shrink',
        }),
      )
      return
    }
    case 'abc':
      return paretoChart(pptx, slide, deck, text)
    case 'gainLoss': {
      const { left, right } = split(5.6)
      gainLossChart(pptx, slide, deck, text, left)
      return drawTable(slide, text, gainLossTable(deck, text, right), right)
    }
    case 'expenses': {
      const { left, right } = split(7.0)
      expenseChart(pptx, slide, deck, text, left)
      const e = deck.expenses
      const tile = (i: number) => ({ x: right.x, y: right.y + i * 1.75, w: right.w, h: 1.55 })
      drawTile(slide, text, tile(0), text.money(e.total), t('deck.expenses.total'))
      drawTile(
        slide,
        text,
        tile(1),
        text.percent(e.ratio),
        t('deck.expenses.ratio'),
        `${t('analysis.metric.sales')} ${text.money(e.sales)}`,
      )
      return drawTile(
        slide,
        text,
        tile(2),
        text.percent(e.previousRatio),
        t('deck.expenses.ratioBefore', { period: text.period(deck.previous) }),
      )
    }
    case 'teamChart':
      return teamChart(pptx, slide, deck, text)
    case 'discipline':
      return drawDiscipline(pptx, slide, deck, text)
    case 'table': {
      if (planned.note) noteLine(slide, text, planned.note)
      const top = planned.note ? 0.55 : 0
      return drawTable(slide, text, planned.table, { ...CONTENT, y: CONTENT.y + top, h: CONTENT.h - top })
    }
    case 'factors':
      return drawFactors(slide, text, planned.positive, planned.negative)
    case 'text':
      return drawParagraphs(slide, text, planned.paragraphs, CONTENT)
  }
}

/** Follow-up and visit discipline: its headline figures as tiles, coverage per tier as a chart. */
function drawDiscipline(pptx: PptxGenJS, slide: PptxGenJS.Slide, deck: YearEndDeck, text: DeckText) {
  const t = text.t
  const d = deck.discipline
  const tiles: [string, string, string][] = []
  if (d.coverage)
    tiles.push([
      text.percent(d.coverage.rate),
      t('deck.col.coverage'),
      t('deck.discipline.coverageDetail', {
        counted: text.count(d.coverage.counted),
        required: text.count(d.coverage.required),
        customers: text.count(d.coverage.customers),
      }),
    ])
  if (d.visits) {
    tiles.push([
      text.percent(d.visits.achievedRate),
      t('deck.col.achieved'),
      t('deck.discipline.achievedDetail', {
        achieved: text.count(d.visits.objectivesAchieved),
        planned: text.count(d.visits.objectivesPlanned),
        partly: text.count(d.visits.objectivesPartly),
        visits: text.count(d.visits.visits),
        reviewed: text.count(d.visits.reviewed),
      }),
    ])
    tiles.push([text.percent(d.visits.onTimeRate), t('deck.discipline.onTime'), ''])
  }
  if (d.audits)
    tiles.push([
      text.percent(d.audits.rate),
      t('deck.discipline.audits'),
      t('deck.discipline.auditsDetail', {
        confirmed: text.count(d.audits.confirmed),
        reached: text.count(d.audits.reached),
      }),
    ])
  const gap = 0.25
  const w = (CONTENT.w - gap * (tiles.length - 1)) / Math.max(tiles.length, 1)
  tiles.forEach(([figure, label, detail], i) =>
    drawTile(slide, text, { x: CONTENT.x + i * (w + gap), y: CONTENT.y, w, h: 1.75 }, figure, label, detail),
  )
  coverageChart(pptx, slide, deck, text, {
    x: CONTENT.x,
    y: CONTENT.y + 2.0,
    w: CONTENT.w,
    h: CONTENT.h - 2.0,
  })
}

/**
 * The year-end summary deck as .pptx bytes (DOMAIN.md "Reports"; DESIGN.md: pptxgenjs, native
 * charts with their data, `lang` on every text, compressed through `stream`, as `write()` ignores
 * compression in Node). Pure: the model in, the file out — no database, no clock.
 */
export async function renderYearEndDeck(deck: YearEndDeck): Promise<Uint8Array> {
  const text = deckText(deck.lang)
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.author = deck.organisation
  pptx.company = deck.organisation
  pptx.title = `${text.t('deck.title', { year: deck.year })} — ${deck.scope.name}`
  pptx.theme = { headFontFace: text.font, bodyFontFace: text.font }
  defineMasters(pptx, deck, text)
  for (const planned of planDeck(deck)) drawSlide(pptx, deck, text, planned)
  const out = await pptx.stream({ compression: true })
  return tagChartLanguage(out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer), text)
}

/** The slides' sections and titles, as the outline before generating shows them. */
export const deckSlideTitles = (deck: YearEndDeck) =>
  planDeck(deck).map((s) => ({ section: s.section, title: s.title }))
