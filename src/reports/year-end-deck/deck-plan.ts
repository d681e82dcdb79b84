import type { YearEndDeck } from '../../core/year-end/deck-model'
import { lineCapacity, paginateParagraphs } from '../../core/year-end/slide-pages'
import { CONTENT, TEXT_PT } from './deck-layout'
import { tablePages, type TablePage } from './deck-table'
import { deckText, type DeckText } from './deck-text'
import { subjectLabel } from './scope-label'
import {
  budgetTable,
  lostReasonTable,
  movementTable,
  problemTable,
  teamRowsTable,
  topCustomerTable,
} from './deck-tables'

export const DECK_SECTIONS = [
  'cover',
  'contents',
  'performance',
  'expenses',
  'team',
  'discipline',
  'problems',
  'factors',
  'plan',
] as const
export type DeckSection = (typeof DECK_SECTIONS)[number]

/** A paragraph of a text slide; a heading is drawn bold, a placeholder grey. */
export type Para = { text: string; style?: 'heading' | 'placeholder' }

type Base = { section: DeckSection; title: string }

/** One slide of the deck, with everything it shows decided: the renderer only draws. */
export type PlannedSlide = Base &
  (
    | { kind: 'cover' }
    | { kind: 'contents'; items: string[] }
    | { kind: 'noData'; message: string }
    | { kind: 'monthly' }
    | { kind: 'comparison' }
    | { kind: 'bridge' }
    | { kind: 'abc' }
    | { kind: 'gainLoss' }
    | { kind: 'expenses' }
    | { kind: 'teamChart' }
    | { kind: 'discipline' }
    | { kind: 'table'; table: TablePage; note?: string }
    | { kind: 'factors'; positive: Para[]; negative: Para[] }
    | { kind: 'text'; paragraphs: Para[] }
  )

/** Titles of a run of slides: "Title (2/3)" when it takes more than one. */
const numbered = (text: DeckText, title: string, i: number, n: number) =>
  n > 1 ? text.t('deck.continued', { title, page: i + 1, pages: n }) : title

/** What people wrote: one paragraph per non-empty line. */
const writtenParas = (written: string): Para[] =>
  written
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((text) => ({ text }))

/**
 * A line of text at 14 pt with its spacing (Noto Sans CJK at 1.15 lines measures about 1.3 em),
 * a little more: what the estimate of lines per slide counts on.
 */
const lineIn = (fontPt: number) => (fontPt * 1.38) / 72

/** The two columns of the factors slide: their width and how many lines each holds. */
export const FACTOR_COLUMN = { w: (CONTENT.w - 0.4) / 2, headingH: 0.5, fontPt: 13 }

function paraPages(paras: Para[], widthIn: number, heightIn: number, fontPt = TEXT_PT): Para[][] {
  const capacity = Math.floor(lineCapacity(widthIn * 72 - 36, fontPt))
  const lines = Math.floor(heightIn / lineIn(fontPt))
  const texts = paras.map((p) => p.text)
  const style = new Map(paras.map((p) => [p.text, p.style]))
  const pages = paginateParagraphs(texts, capacity, lines).map((page) =>
    page.map((text): Para => ({ text, ...(style.get(text) ? { style: style.get(text) } : {}) })),
  )
  // A heading stays with what it heads: one that would end a slide opens the next.
  for (let i = 0; i < pages.length - 1; i++) {
    const page = pages[i] as Para[]
    const last = page[page.length - 1]
    if (last?.style === 'heading' && page.length > 1) (pages[i + 1] as Para[]).unshift(page.pop() as Para)
  }
  return pages
}

function tableSlides(
  text: DeckText,
  section: DeckSection,
  title: string,
  pages: TablePage[],
  note?: string,
): PlannedSlide[] {
  return pages.map((table, i) => ({
    section,
    title: numbered(text, title, i, pages.length),
    kind: 'table' as const,
    table,
    ...(note ? { note } : {}),
  }))
}

/**
 * The deck's slides in the outline of the seed's year-end review (一、業績回顧及分析 … 正面 /
 * 負面因素 … 明年計劃): cover and contents; performance (by month, the year against the year
 * before, the sales bridge, the ABC Pareto chart and tier movements, customer gain/loss, lost
 * reasons, top customers); expenses (by category and ratio, budgets); team; discipline; problems
 * with their solutions; positive and negative factors; next year's plan. A year without data gets
 * one slide that says so instead of empty charts, and the written slides only if something was
 * written. Pure: the same model gives the same slides.
 */
export function planDeck(deck: YearEndDeck): PlannedSlide[] {
  const text = deckText(deck.lang)
  const t = text.t
  const slides: PlannedSlide[] = [
    { section: 'cover', title: t('deck.title', { year: deck.year }), kind: 'cover' },
  ]
  const sectionTitle = (s: Exclude<DeckSection, 'cover' | 'contents'>) => t(`deck.section.${s}`)
  const written = deck.texts

  const factorSlides = (): PlannedSlide[] => {
    const column = (facts: string[], notes: string): Para[] => [
      { text: t('deck.fromData'), style: 'heading' },
      ...(facts.length
        ? facts.map((f) => ({ text: f }))
        : [{ text: t('deck.none'), style: 'placeholder' as const }]),
      { text: t('deck.written'), style: 'heading' },
      ...(notes.trim()
        ? writtenParas(notes)
        : [{ text: t('deck.notWritten'), style: 'placeholder' as const }]),
    ]
    const height = CONTENT.h - FACTOR_COLUMN.headingH
    const positive = paraPages(
      column(deck.facts.positive, written.positive),
      FACTOR_COLUMN.w,
      height,
      FACTOR_COLUMN.fontPt,
    )
    const negative = paraPages(
      column(deck.facts.negative, written.negative),
      FACTOR_COLUMN.w,
      height,
      FACTOR_COLUMN.fontPt,
    )
    const n = Math.max(positive.length, negative.length)
    return Array.from({ length: n }, (_, i) => ({
      section: 'factors' as const,
      title: numbered(text, t('deck.slide.factors'), i, n),
      kind: 'factors' as const,
      positive: positive[i] ?? [],
      negative: negative[i] ?? [],
    }))
  }
  const textSlides = (section: DeckSection, title: string, paras: Para[]): PlannedSlide[] => {
    const pages = paraPages(paras, CONTENT.w, CONTENT.h)
    return pages.map((paragraphs, i) => ({
      section,
      title: numbered(text, title, i, pages.length),
      kind: 'text' as const,
      paragraphs,
    }))
  }
  const planParas = writtenParas(written.plan)

  if (!deck.hasData) {
    slides.push({
      section: 'performance',
      title: t('deck.slide.noData', { year: deck.year }),
      kind: 'noData',
      message: t('deck.noData', { scope: subjectLabel(deck, text), year: deck.year }),
    })
    if (written.positive || written.negative) slides.push(...factorSlides())
    if (written.problems)
      slides.push(...textSlides('problems', t('deck.slide.problems'), writtenParas(written.problems)))
    if (planParas.length) slides.push(...textSlides('plan', t('deck.slide.plan'), planParas))
    return slides
  }

  const sections: Exclude<DeckSection, 'cover' | 'contents'>[] = [
    'performance',
    'expenses',
    'team',
    'discipline',
    'problems',
    'factors',
    'plan',
  ]
  slides.push({
    section: 'contents',
    title: t('deck.contents'),
    kind: 'contents',
    items: sections.map(sectionTitle),
  })
  const full = { width: CONTENT.w, height: CONTENT.h }
  const underNote = { width: CONTENT.w, height: CONTENT.h - 0.55 }

  // 一、業績回顧及分析
  slides.push({ section: 'performance', title: t('deck.slide.monthly'), kind: 'monthly' })
  slides.push({ section: 'performance', title: t('deck.slide.comparison'), kind: 'comparison' })
  slides.push({ section: 'performance', title: t('deck.slide.bridge'), kind: 'bridge' })
  if (deck.abc) {
    slides.push({ section: 'performance', title: t('deck.slide.abc'), kind: 'abc' })
    if (deck.abc.asOf)
      slides.push(
        ...tableSlides(
          text,
          'performance',
          t('deck.slide.tierMoves'),
          tablePages({ ...movementTable(deck, text), ...underNote }),
          t('deck.abc.summary', {
            date: deck.abc.asOf,
            metric: t(
              deck.abc.metric === 'collections' ? 'analysis.metric.collections' : 'analysis.metric.sales',
            ),
            customers: text.count(deck.abc.customers),
            a: text.count(deck.abc.counts.A),
            b: text.count(deck.abc.counts.B),
            c: text.count(deck.abc.counts.C),
            promoted: text.count(deck.abc.promoted),
            demoted: text.count(deck.abc.demoted),
          }),
        ),
      )
  }
  slides.push({ section: 'performance', title: t('deck.slide.gainLoss'), kind: 'gainLoss' })
  slides.push(
    ...tableSlides(
      text,
      'performance',
      t('deck.slide.lostReasons'),
      tablePages({ ...lostReasonTable(deck, text), ...full }),
    ),
  )
  slides.push(
    ...tableSlides(
      text,
      'performance',
      t('deck.slide.topCustomers', { count: deck.topCustomers.length }),
      tablePages({ ...topCustomerTable(deck, text), ...full }),
    ),
  )
  // 費用
  slides.push({ section: 'expenses', title: t('deck.slide.expenses'), kind: 'expenses' })
  slides.push(
    ...tableSlides(
      text,
      'expenses',
      t('deck.slide.budgets'),
      tablePages({ ...budgetTable(deck, text), ...full }),
    ),
  )
  // 團隊
  if (deck.team) {
    slides.push(
      ...tableSlides(
        text,
        'team',
        t('deck.slide.team'),
        tablePages({ ...teamRowsTable(deck.team, text), ...full }),
      ),
    )
    if (deck.team.rows.length > 1)
      slides.push({ section: 'team', title: t('deck.slide.teamChart'), kind: 'teamChart' })
  }
  // 跟進與拜訪紀律
  slides.push({ section: 'discipline', title: t('deck.slide.discipline'), kind: 'discipline' })
  // 主要問題及解決方案 — from the monthly reports, then what was written here
  slides.push(
    ...tableSlides(
      text,
      'problems',
      t('deck.slide.problems'),
      tablePages({ ...problemTable(deck, text), ...full, lines: 2 }),
    ),
  )
  if (written.problems.trim())
    slides.push(...textSlides('problems', t('deck.writtenProblems'), writtenParas(written.problems)))
  // 正面 / 負面因素
  slides.push(...factorSlides())
  // 明年計劃
  slides.push(
    ...textSlides(
      'plan',
      t('deck.slide.plan'),
      planParas.length ? planParas : [{ text: t('deck.notWritten'), style: 'placeholder' }],
    ),
  )
  return slides
}
