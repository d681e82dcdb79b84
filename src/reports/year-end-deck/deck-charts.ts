import type PptxGenJS from 'pptxgenjs'
import type { YearEndDeck } from '../../core/year-end/deck-model'
import { fitText } from '../../core/year-end/slide-pages'
import { BRIDGE_STEPS, waterfallSeries } from '../../core/year-end/waterfall'
import { COLORS, CONTENT } from './deck-layout'
import { emptyMessage, noteLine, textOf } from './deck-frame'
import type { DeckText } from './deck-text'

type Box = { x: number; y: number; w: number; h: number }

/** Chart text in the deck's face and language; values as whole currency units with grouping. */
const chartBase = (text: DeckText, box: Box): PptxGenJS.IChartOpts => ({
  ...box,
  lang: text.tag,
  catAxisLabelFontFace: text.font,
  valAxisLabelFontFace: text.font,
  legendFontFace: text.font,
  dataLabelFontFace: text.font,
  titleFontFace: text.font,
  catAxisLabelFontSize: 10,
  valAxisLabelFontSize: 10,
  legendFontSize: 11,
  dataLabelFontSize: 9,
  catAxisLabelColor: COLORS.text,
  valAxisLabelColor: COLORS.grey,
  valAxisLabelFormatCode: '#,##0',
  valGridLine: { color: COLORS.line, size: 0.5 },
  catGridLine: { style: 'none' },
  showLegend: true,
  legendPos: 'b',
})

const below = (height: number): Box => ({
  x: CONTENT.x,
  y: CONTENT.y + height,
  w: CONTENT.w,
  h: CONTENT.h - height,
})

/** Sales and collections of each month: two series of columns. */
export function monthlyChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, deck: YearEndDeck, text: DeckText) {
  const t = text.t
  const labels = deck.monthly.map((m) => text.month(m.month))
  const sales = deck.monthly.reduce((n, m) => n + m.sales, 0)
  const collections = deck.monthly.reduce((n, m) => n + m.collections, 0)
  noteLine(
    slide,
    text,
    `${t('analysis.metric.sales')} ${text.money(sales)} · ${t('analysis.metric.collections')} ${text.money(collections)}`,
  )
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: t('analysis.metric.sales'), labels, values: deck.monthly.map((m) => text.units(m.sales)) },
      {
        name: t('analysis.metric.collections'),
        labels,
        values: deck.monthly.map((m) => text.units(m.collections)),
      },
    ],
    {
      ...chartBase(text, below(0.5)),
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [COLORS.blue, COLORS.green],
    },
  )
}

/** This year against the one before: sales, collections and expenses side by side. */
export function comparisonChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  deck: YearEndDeck,
  text: DeckText,
  box: Box,
) {
  const t = text.t
  const metrics = ['sales', 'collections', 'expenses'] as const
  const row = (m: (typeof metrics)[number]) => deck.comparison.find((r) => r.metric === m)
  const labels = metrics.map((m) => t(`analysis.metric.${m}`))
  slide.addChart(
    pptx.ChartType.bar,
    [
      {
        name: text.period(deck.previous),
        labels,
        values: metrics.map((m) => text.units(row(m)?.previous ?? 0)),
      },
      {
        name: text.period(deck.period),
        labels,
        values: metrics.map((m) => text.units(row(m)?.current ?? 0)),
      },
    ],
    {
      ...chartBase(text, box),
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: [COLORS.lightBlue, COLORS.blue],
    },
  )
}

/**
 * The sales bridge as a waterfall (core/year-end/waterfall.ts): a stacked column chart whose first
 * series is the invisible base each bar floats on, then the rises, the falls and the two totals.
 */
export function bridgeChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  deck: YearEndDeck,
  text: DeckText,
  box: Box,
) {
  const t = text.t
  const series = waterfallSeries(deck.bridge)
  const labels = BRIDGE_STEPS.map((step) =>
    step === 'previous'
      ? text.period(deck.previous)
      : step === 'current'
        ? text.period(deck.period)
        : step === 'expansion' || step === 'contraction'
          ? t(`analysis.bridge.${step}`)
          : t(`analysis.group.${step}`),
  )
  const values = (xs: number[]) => xs.map(text.units)
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: t('deck.bridge.base'), labels, values: values(series.base) },
      { name: t('deck.bridge.rise'), labels, values: values(series.rise) },
      { name: t('deck.bridge.fall'), labels, values: values(series.fall) },
      { name: t('deck.bridge.total'), labels, values: values(series.total) },
    ],
    {
      ...chartBase(text, box),
      barDir: 'col',
      barGrouping: 'stacked',
      barGapWidthPct: 60,
      chartColors: ['transparent', COLORS.green, COLORS.red, COLORS.navy],
      showLegend: false,
    },
  )
}

/**
 * The ABC Pareto chart (DOMAIN.md "ABC classification"): each bar a customer or a run of ranks,
 * coloured by tier (three stacked series, one value each), and the cumulative share as a line on
 * a second axis from 0 to 100 %.
 */
export function paretoChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, deck: YearEndDeck, text: DeckText) {
  const t = text.t
  const abc = deck.abc
  if (!abc) return
  if (!abc.asOf || abc.bars.length === 0) {
    emptyMessage(slide, text, abc.asOf ? t('deck.none') : t('deck.noAbcRun', { date: deck.period.to }))
    return
  }
  noteLine(
    slide,
    text,
    t('deck.abc.summary', {
      date: abc.asOf,
      metric: t(abc.metric === 'collections' ? 'analysis.metric.collections' : 'analysis.metric.sales'),
      customers: text.count(abc.customers),
      a: text.count(abc.counts.A),
      b: text.count(abc.counts.B),
      c: text.count(abc.counts.C),
      promoted: text.count(abc.promoted),
      demoted: text.count(abc.demoted),
    }),
  )
  const labels = abc.bars.map((b) =>
    b.name ? fitText(b.name, 60) : t('deck.abc.ranks', { from: b.firstRank, to: b.lastRank }),
  )
  const tierSeries = (['A', 'B', 'C'] as const).map((tier) => ({
    name: t('deck.abc.tierCustomers', { tier }),
    labels,
    values: abc.bars.map((b) => (b.tier === tier ? text.units(b.value) : 0)),
  }))
  const options: PptxGenJS.IChartOpts = {
    ...chartBase(text, below(0.5)),
    catAxisLabelRotate: -45,
    catAxisLabelFontSize: 8,
    valAxes: [
      { showValAxisTitle: false, valAxisLabelFormatCode: '#,##0' },
      {
        showValAxisTitle: false,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        valAxisLabelFormatCode: '0"%"',
        valGridLine: { style: 'none' },
      },
    ],
    catAxes: [{ catAxisTitle: '' }, { catAxisHidden: true }],
  }
  // A combination chart takes its options second (pptxgenjs: addChart(types, options)).
  slide.addChart(
    [
      {
        type: pptx.ChartType.bar,
        data: tierSeries,
        options: {
          barGrouping: 'stacked',
          chartColors: [COLORS.navy, COLORS.blue, COLORS.lightBlue],
          barGapWidthPct: 30,
        },
      },
      {
        type: pptx.ChartType.line,
        data: [
          {
            name: t('deck.abc.cumulative'),
            labels,
            values: abc.bars.map((b) => Math.round(b.cumulativeShare * 1000) / 10),
          },
        ],
        options: {
          chartColors: [COLORS.amber],
          lineSize: 2,
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 5,
          secondaryValAxis: true,
          secondaryCatAxis: true,
        },
      },
    ],
    options as unknown as unknown[],
  )
}

/** Customers per group of the gain/loss: new, retained, reactivated, lost. */
export function gainLossChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  deck: YearEndDeck,
  text: DeckText,
  box: Box,
) {
  const t = text.t
  const g = deck.gainLoss
  const counts = [g.new.count, g.retained.count, g.reactivated.count, g.lost.count]
  if (counts.every((n) => n === 0)) {
    emptyMessage(slide, text, t('deck.none'), box)
    return
  }
  slide.addChart(
    pptx.ChartType.doughnut,
    [
      {
        name: t('deck.col.customers'),
        labels: (['new', 'retained', 'reactivated', 'lost'] as const).map((k) => t(`analysis.group.${k}`)),
        values: counts,
      },
    ],
    {
      ...chartBase(text, box),
      chartColors: [COLORS.green, COLORS.blue, COLORS.amber, COLORS.red],
      holeSize: 55,
      showValue: true,
      showPercent: false,
      dataLabelColor: COLORS.white,
      dataLabelFontSize: 11,
      legendPos: 'r',
    },
  )
}

/** Approved expenses by category, as a pie. */
export function expenseChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  deck: YearEndDeck,
  text: DeckText,
  box: Box,
) {
  const t = text.t
  const rows = deck.expenses.byCategory
  if (rows.length === 0) {
    emptyMessage(slide, text, t('deck.noExpenses'), box)
    return
  }
  slide.addChart(
    pptx.ChartType.pie,
    [
      {
        name: t('deck.expenses.total'),
        labels: rows.map((r) => t(`expenseCategory.${r.category}` as Parameters<DeckText['t']>[0])),
        values: rows.map((r) => text.units(r.amount)),
      },
    ],
    {
      ...chartBase(text, box),
      chartColors: [
        COLORS.navy,
        COLORS.blue,
        COLORS.lightBlue,
        COLORS.green,
        COLORS.amber,
        COLORS.red,
        COLORS.grey,
      ],
      showPercent: true,
      showValue: false,
      dataLabelColor: COLORS.white,
      dataLabelFontSize: 10,
      legendPos: 'r',
    },
  )
}

/** Sales and collections per rep, as horizontal bars (names read across), the largest first. */
export function teamChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, deck: YearEndDeck, text: DeckText) {
  const t = text.t
  const rows = [...(deck.team?.rows ?? [])].sort((a, b) => b.sales - a.sales).slice(0, 15)
  const labels = rows.map((r) => fitText(r.name, 120))
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: t('analysis.metric.sales'), labels, values: rows.map((r) => text.units(r.sales)) },
      { name: t('analysis.metric.collections'), labels, values: rows.map((r) => text.units(r.collections)) },
    ],
    {
      ...chartBase(text, CONTENT),
      barDir: 'bar',
      barGrouping: 'clustered',
      chartColors: [COLORS.blue, COLORS.green],
      catAxisOrientation: 'maxMin' as 'minMax',
      valAxisLabelFontSize: 9,
      catAxisLabelFontSize: 10,
    },
  )
}

/**
 * Coverage per tier (a rep's own deck: follow-ups required against done, DOMAIN.md "Follow-up
 * cadence"), or per rep (a team, the company: coverage and objectives achieved side by side,
 * lowest coverage first — whom to look at first).
 */
export function coverageChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  deck: YearEndDeck,
  text: DeckText,
  box: Box,
) {
  const t = text.t
  const { coverage, byRep } = deck.discipline
  const byTier = coverage?.byTier
  if (byTier) {
    if (coverage.required === 0) return emptyMessage(slide, text, t('deck.none'), box)
    const tiers = ['A', 'B', 'C'] as const
    const labels = tiers.map(
      (tier) => `${t('deck.abc.tierCustomers', { tier })} (${text.percent(byTier[tier].rate)})`,
    )
    slide.addChart(
      pptx.ChartType.bar,
      [
        { name: t('deck.discipline.required'), labels, values: tiers.map((x) => byTier[x].required) },
        { name: t('deck.discipline.done'), labels, values: tiers.map((x) => byTier[x].counted) },
      ],
      {
        ...chartBase(text, box),
        barDir: 'col',
        barGrouping: 'clustered',
        chartColors: [COLORS.lightBlue, COLORS.blue],
        showTitle: true,
        title: t('deck.discipline.byTier'),
        titleFontSize: 12,
        titleColor: COLORS.text,
        showValue: true,
        dataLabelPosition: 'outEnd',
      },
    )
    return
  }
  const rows = byRep.slice(0, 12)
  if (rows.length === 0) return emptyMessage(slide, text, t('deck.none'), box)
  const labels = rows.map((r) => fitText(r.name, 120))
  const percent = (x: number | null) => Math.round((x ?? 0) * 1000) / 10
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: t('deck.col.coverage'), labels, values: rows.map((r) => percent(r.coverage)) },
      { name: t('deck.col.achieved'), labels, values: rows.map((r) => percent(r.achievedRate)) },
    ],
    {
      ...chartBase(text, box),
      barDir: 'bar',
      barGrouping: 'clustered',
      chartColors: [COLORS.blue, COLORS.green],
      catAxisOrientation: 'maxMin' as 'minMax',
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      valAxisLabelFormatCode: '0"%"',
      showTitle: true,
      title: t('deck.discipline.byRep'),
      titleFontSize: 12,
      titleColor: COLORS.text,
    },
  )
}

export { textOf }
