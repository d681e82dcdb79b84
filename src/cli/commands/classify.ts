import type { Command } from 'commander'
import { classify } from '../../app/classify'
import { rankedCustomers } from '../../app/ranked-customers'
import { formatMoney } from '../../core/money/format-money'
import { translate } from '../../core/i18n/translate'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/**
 * `abacus classify [--as-of DATE]`: an ABC run, kept as history (acting as the first admin unless
 * --as says otherwise). With --json, the run and every customer in rank order, money in cents.
 */
async function classifyCommand(options: GlobalOptions & { asOf?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const { run, promoted, demoted, current } = await classify(
      ctx,
      options.asOf === undefined ? {} : { asOf: options.asOf },
    )
    if (options.json) {
      const customers = await rankedCustomers(ctx, run.id)
      printJson({
        asOf: run.asOf,
        from: run.from,
        to: run.to,
        metric: run.metric,
        total: run.total,
        counts: { A: run.counts.A, B: run.counts.B, C: run.counts.C },
        customers: customers.map((c) => ({
          id: c.id,
          externalId: c.externalId,
          name: c.name,
          value: c.value,
          tier: c.tier,
          effectiveTier: c.effectiveTier,
        })),
      })
    }
    say(ctx.lang, options.json, 'cli.classified', {
      asOf: run.asOf,
      from: run.from,
      to: run.to,
      metric: translate(ctx.lang, `abc.metric.${run.metric}`),
      customers: run.counts.A + run.counts.B + run.counts.C,
      total: formatMoney(run.total, ctx.lang),
      a: run.counts.A,
      b: run.counts.B,
      c: run.counts.C,
    })
    say(ctx.lang, options.json, 'cli.classified_changes', { promoted, demoted })
    if (!current) say(ctx.lang, options.json, 'cli.classified_history')
  } finally {
    await database.close()
  }
}

/** `abacus classify [--as-of DATE]` */
export function registerClassifyCommand(program: Command): Command {
  return program
    .command('classify')
    .description('ABC classification of every customer, kept as history (admin)')
    .option('--as-of <date>', 'the last day of the window, YYYY-MM-DD (default: today)')
    .action(runAction(classifyCommand))
}
