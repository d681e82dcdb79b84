import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../app/config'
import type { AppContext } from '../app/context'
import { findActor } from '../app/find-actor'
import { openDatabase, type OpenDatabase } from '../app/open-database'
import { yearEndDeck } from '../app/year-end-deck'
import { LANGS, type Lang } from '../core/i18n/lang'
import { rowsPerSlide } from '../core/year-end/slide-pages'
import { CONTENT, FOOTER_Y, SLIDE, TABLE } from '../reports/year-end-deck/deck-layout'
import { deckSlideTitles, renderYearEndDeck } from '../reports/year-end-deck/render-deck'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'
import { readZip, slideText, slideXml } from '../test-support/read-zip'

/**
 * Issue 7 point 5, the visual check: the decks of the company, a team and a rep, in each language,
 * from the demo data, turned into PDF and PNG pages by LibreOffice (what CI installs:
 * libreoffice-impress-nogui, poppler-utils, fonts-noto-cjk). Asserts the slide count and titles
 * (read back from the PDF), the native chart parts with their data, and that nothing runs off a
 * slide or into its footer; keeps a few PNG pages in test-results/decks/ for people to look at.
 */
const hasTool = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const tools = hasTool('soffice') && hasTool('pdftotext') && hasTool('pdftoppm')
if (!tools) {
  if (process.env.ABACUS_REQUIRE_ALL === '1')
    throw new Error(
      'LibreOffice (soffice) or poppler-utils is missing: the year-end deck visual check cannot run.',
    )
  console.warn('soffice or poppler-utils not found: the year-end deck visual check is skipped.')
}

const EMU = 914400
const KEEP = 'test-results/decks'
type Deck = {
  name: string
  lang: Lang
  as: string
  scope: string
  titles: string[]
  slides: string[]
  zip: Map<string, Buffer>
}

describe.skipIf(!tools)('year-end decks seen through LibreOffice', () => {
  let cli: CliDatabase
  let database: OpenDatabase
  const decks: Deck[] = []
  const dir = () => join(cli.dir, 'decks')

  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
    database = openDatabase(`sqlite:${cli.file}`)
    const config = loadConfig(
      {},
      { databaseUrl: `sqlite:${cli.file}`, organisationName: '藍海貿易 Blue Ocean Trading' },
    )
    const base: AppContext = {
      db: database.db,
      engine: database.engine,
      now: () => new Date(),
      config,
      actor: null,
      lang: 'en',
    }
    const year = new Date().getUTCFullYear()
    mkdirSync(dir(), { recursive: true })
    const scopes = [
      { key: 'company', as: 'admin@demo.abacus.tw', scope: 'company' },
      { key: 'team', as: 'director@demo.abacus.tw', scope: 'team:north@demo.abacus.tw' },
      { key: 'rep', as: 'rep1@demo.abacus.tw', scope: 'rep:rep1@demo.abacus.tw' },
    ]
    const jobs = [
      ...scopes.flatMap((s) => LANGS.map((lang) => ({ ...s, lang, year, name: `${s.key}-${lang}` }))),
      {
        key: 'empty',
        as: 'admin@demo.abacus.tw',
        scope: 'company',
        lang: 'en' as Lang,
        year: 2000,
        name: 'empty-en',
      },
    ]
    for (const job of jobs) {
      const actor = await findActor(base, job.as)
      const ctx = { ...base, actor, lang: job.lang }
      const { deck } = await yearEndDeck(ctx, { year: job.year, scope: job.scope, lang: job.lang })
      const bytes = await renderYearEndDeck(deck)
      writeFileSync(join(dir(), `${job.name}.pptx`), bytes)
      const zip = readZip(bytes)
      decks.push({
        name: job.name,
        lang: job.lang,
        as: job.as,
        scope: job.scope,
        titles: deckSlideTitles(deck).map((s) => s.title),
        slides: slideXml(zip),
        zip,
      })
    }
    // One LibreOffice start for every deck: each takes seconds to start.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir(),
        ...jobs.map((j) => join(dir(), `${j.name}.pptx`)),
      ],
      {
        stdio: 'ignore',
        timeout: 240_000,
        env: { ...process.env, HOME: cli.dir },
      },
    )
    rmSync(KEEP, { recursive: true, force: true })
    mkdirSync(KEEP, { recursive: true })
    for (const job of jobs) {
      const pages = job.key === 'company' ? ['-f', '1', '-l', '18'] : ['-f', '1', '-l', '6']
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '50',
        ...pages,
        join(dir(), `${job.name}.pdf`),
        join(KEEP, job.name),
      ])
    }
  }, 400_000)
  afterAll(async () => {
    await database?.close()
    cli?.close()
  })

  const pdfPages = (name: string) =>
    execFileSync('pdftotext', ['-layout', join(dir(), `${name}.pdf`), '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1)

  it('has as many pages as planned slides, each showing its title', () => {
    for (const deck of decks) {
      const pages = pdfPages(deck.name)
      expect(pages.length, deck.name).toBe(deck.titles.length)
      expect(deck.slides.length, deck.name).toBe(deck.titles.length)
      const squeeze = (s: string) => s.replace(/\s+/g, '')
      deck.titles.forEach((title, i) =>
        expect(squeeze(pages[i] as string), `${deck.name} page ${i + 1}`).toContain(squeeze(title)),
      )
    }
    const company = decks.find((d) => d.name === 'company-zh-Hant') as Deck
    expect(company.titles).toEqual(
      expect.arrayContaining([
        '目錄',
        '每月銷售額與回款',
        '銷售增減瀑布圖',
        'ABC 分類（帕累托圖）',
        '客戶得失分析',
        '正面因素與負面因素',
        '明年工作計劃',
      ]),
    )
    expect((decks.find((d) => d.name === 'company-en') as Deck).titles[0]).toMatch(/^\d{4} Year-End Summary$/)
    expect((decks.find((d) => d.name === 'rep-zh-Hans') as Deck).titles[0]).toMatch(/^\d{4} 年终总结$/)
  })

  it('draws native charts that carry their data', () => {
    for (const deck of decks.filter((d) => d.name !== 'empty-en')) {
      const charts = [...deck.zip.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      // The company and a team: monthly, comparison, bridge, ABC, gain/loss, expenses, per rep, coverage.
      expect(charts.length, deck.name).toBeGreaterThanOrEqual(deck.name.startsWith('rep') ? 6 : 8)
      for (const chart of charts) {
        const xml = (deck.zip.get(chart) as Buffer).toString('utf8')
        expect(xml, `${deck.name} ${chart}`).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>/s)
        expect(xml).toContain(`lang="${{ 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }[deck.lang]}"`)
      }
      expect([...deck.zip.keys()].filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n)).length).toBe(
        charts.length,
      )
    }
  })

  it('keeps every shape and table on its slide, tables within their rows per slide', () => {
    const limit = (h: number) => Math.round(h * EMU)
    const perSlide = rowsPerSlide(CONTENT.h, TABLE.rowH, TABLE.headerH)
    for (const deck of decks) {
      const layouts = [...deck.zip.keys()].filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
      const parts = [...deck.slides, ...layouts.map((n) => (deck.zip.get(n) as Buffer).toString('utf8'))]
      parts.forEach((xml, i) => {
        for (const [, x, y, cx, cy] of xml.matchAll(
          /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g,
        )) {
          expect(Number(x), `${deck.name} part ${i + 1}`).toBeGreaterThanOrEqual(0)
          expect(Number(y)).toBeGreaterThanOrEqual(0)
          expect(Number(x) + Number(cx), `${deck.name} part ${i + 1}`).toBeLessThanOrEqual(limit(SLIDE.w))
          expect(Number(y) + Number(cy), `${deck.name} part ${i + 1}`).toBeLessThanOrEqual(limit(SLIDE.h))
        }
      })
      deck.slides.forEach((xml, i) => {
        for (const [table] of xml.matchAll(/<p:graphicFrame>.*?<\/p:graphicFrame>/gs)) {
          if (!table.includes('<a:tbl>')) continue
          const rows = [...table.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]))
          const y = Number(/<a:off x="\d+" y="(\d+)"/.exec(table)?.[1])
          expect(rows.length - 1, `${deck.name} slide ${i + 1}`).toBeLessThanOrEqual(perSlide)
          expect(y + rows.reduce((a, b) => a + b, 0), `${deck.name} slide ${i + 1}`).toBeLessThanOrEqual(
            limit(FOOTER_Y),
          )
        }
      })
    }
  })

  it('renders no text past the footer line or the slide edge (read back from the PDF)', () => {
    const footer = FOOTER_Y * 72
    for (const deck of decks) {
      const html = execFileSync('pdftotext', ['-bbox', join(dir(), `${deck.name}.pdf`), '-'], {
        encoding: 'utf8',
      })
      const pages = html.split('<page ').slice(1)
      pages.forEach((page, i) => {
        for (const [, xMin, yMin, xMax, yMax, word] of page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        )) {
          const where = `${deck.name} page ${i + 1} "${word}"`
          expect(Number(xMin), where).toBeGreaterThanOrEqual(0)
          expect(Number(xMax), where).toBeLessThanOrEqual(SLIDE.w * 72 + 0.5)
          expect(Number(yMax), where).toBeLessThanOrEqual(SLIDE.h * 72 + 0.5)
          // In the footer band only the organisation's name and the slide number (the cover has no footer).
          if (i > 0 && Number(yMax) > footer + 1)
            expect(
              Number(yMin) >= footer &&
                (/^\d+$/.test(word as string) || '藍海貿易 Blue Ocean Trading'.includes(word as string)),
              where,
            ).toBe(true)
        }
      })
    }
  })

  it('says so when the year has no data, without charts', () => {
    const empty = decks.find((d) => d.name === 'empty-en') as Deck
    expect(empty.titles).toEqual(['2000 Year-End Summary', 'No data for 2000'])
    expect(slideText(empty.slides[1] as string)).toContain(
      'Nothing was recorded for 藍海貿易 Blue Ocean Trading in 2000',
    )
    expect([...empty.zip.keys()].filter((n) => /^ppt\/charts\/.+\.xml$/.test(n))).toEqual([])
    expect(readFileSync(join(KEEP, 'empty-en-1.png')).length).toBeGreaterThan(1000)
  })
})
