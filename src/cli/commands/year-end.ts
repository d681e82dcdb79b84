import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { yearEndDeck } from '../../app/year-end-deck'
import { parseInput } from '../../contracts/parse-input'
import { YearEndQuerySchema } from '../../contracts/year-end'
import { deckSlideTitles, renderYearEndDeck } from '../../reports/year-end-deck/render-deck'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'
import { translate } from '../../core/i18n/translate'

/**
 * `abacus report year-end --year YYYY [--scope company|team:EMAIL|rep:EMAIL] [--lang …] --out FILE.pptx`:
 * the year-end summary deck (年終總結, issue 7) written to a file, in the --lang language, with the
 * texts the acting user saved for it on the web page.
 */
async function yearEndCommand(options: GlobalOptions & { year: string; scope?: string; out: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(YearEndQuerySchema, { year: options.year, scope: options.scope, lang: ctx.lang })
    const { deck, scopeText: scope } = await yearEndDeck(ctx, query)
    const bytes = await renderYearEndDeck(deck)
    await writeFile(options.out, bytes)
    const slides = deckSlideTitles(deck)
    if (options.json)
      printJson({ file: options.out, year: deck.year, scope, lang: deck.lang, bytes: bytes.length, slides })
    // People read whose deck it is as the cover says it (全公司, a team, a rep), not the --scope text.
    const whose = translate(ctx.lang, `deck.scope.${deck.scope.kind}`, { name: deck.scope.name })
    say(ctx.lang, options.json, 'cli.year_end_written', {
      year: deck.year,
      scope: whose,
      file: options.out,
      slides: slides.length,
    })
  } finally {
    await database.close()
  }
}

/** `abacus report year-end`, beside the reports from the field under `abacus report`. */
export function registerYearEndCommand(report: Command): Command {
  return report
    .command('year-end')
    .description('the year-end summary deck (年終總結) as a PowerPoint file, in the --lang language')
    .requiredOption('--year <year>', 'YYYY, up to this year')
    .option('--scope <scope>', 'company | team:EMAIL | rep:EMAIL (default: your own)')
    .requiredOption('--out <file>', 'the .pptx file to write')
    .action(runAction(yearEndCommand))
}
