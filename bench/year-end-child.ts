// `node bin/tsx.mjs bench/year-end-child.ts DB_URL YEAR OUT`: the company's year-end deck, made and
// written as `abacus report year-end` makes it (app/year-end-deck.ts, then reports/year-end-deck/),
// in a process of its own so its peak memory is the deck's alone. Prints one JSON line.
import { writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { findActor } from '../src/app/find-actor'
import { openDatabase } from '../src/app/open-database'
import { yearEndDeck } from '../src/app/year-end-deck'
import { deckSlideTitles, renderYearEndDeck } from '../src/reports/year-end-deck/render-deck'

const [url, year, out] = process.argv.slice(2) as [string, string, string]
const database = openDatabase(url)
try {
  const config = loadConfig(process.env, { databaseUrl: url })
  const base: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date('2026-11-27T02:00:00Z'),
    config,
    actor: null,
    lang: 'zh-Hant',
  }
  const ctx = { ...base, actor: await findActor(base, 'admin@bench.tw') }
  const started = performance.now()
  const { deck } = await yearEndDeck(ctx, { year: Number(year), scope: 'company', lang: 'zh-Hant' })
  const assembled = performance.now()
  const bytes = await renderYearEndDeck(deck)
  await writeFile(out, bytes)
  const done = performance.now()
  process.stdout.write(
    JSON.stringify({
      assembleMs: assembled - started,
      renderMs: done - assembled,
      totalMs: done - started,
      // Kilobytes: the peak resident set of this whole process, Node and its modules included.
      maxRssKb: process.resourceUsage().maxRSS,
      bytes: bytes.length,
      slides: deckSlideTitles(deck).length,
      sales: deck.comparison.find((r) => r.metric === 'sales')?.current ?? 0,
      teamRows: deck.team?.rows.length ?? 0,
      abc: deck.abc?.asOf ?? null,
    }) + '\n',
  )
} finally {
  await database.close()
}
