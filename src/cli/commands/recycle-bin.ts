import type { Command } from 'commander'
import { listRecycleBin, purgeRecycleBin, restoreRecord } from '../../app/recycle-bin'
import { translate } from '../../core/i18n/translate'
import type { MessageKey } from '../../core/i18n/messages.en'
import { parseInput } from '../../contracts/parse-input'
import { BinListQuerySchema, BinRecordParamsSchema } from '../../contracts/recycle-bin'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

const kindKey = (kind: string) => `bin.kind.${kind}` as MessageKey

/** `abacus recycle-bin list [--kind KIND] [--limit N] [--cursor C]`: what the actor (--as) may delete, in the bin. */
async function binList(options: GlobalOptions & { kind?: string; limit?: string; cursor?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(BinListQuerySchema, {
      kind: options.kind,
      limit: options.limit,
      cursor: options.cursor,
    })
    const list = await listRecycleBin(ctx, query)
    if (options.json) return printJson(list)
    if (list.items.length === 0) say(ctx.lang, false, 'cli.bin_empty')
    for (const item of list.items)
      say(ctx.lang, false, 'cli.bin_item', {
        kind: translate(ctx.lang, kindKey(item.kind)),
        label: [item.label, item.customerName, item.date].filter(Boolean).join(' · ') || '—',
        at: item.deletedAt,
        by: item.deletedByName ?? '—',
        days: item.daysLeft,
        id: item.id,
      })
    if (list.nextCursor) say(ctx.lang, false, 'cli.bin_more', { cursor: list.nextCursor })
  } finally {
    await database.close()
  }
}

/** `abacus recycle-bin restore KIND ID`: within 90 days of the deletion, by an admin (DOMAIN.md); others get 403. */
async function binRestore(kind: string, id: string, options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const params = parseInput(BinRecordParamsSchema, { kind, id })
    const restored = await restoreRecord(ctx, params.kind, params.id)
    if (options.json) printJson(restored)
    say(ctx.lang, options.json, 'cli.bin_restored', { kind: translate(ctx.lang, kindKey(restored.kind)), id })
  } finally {
    await database.close()
  }
}

/** `abacus recycle-bin purge`: what the server does daily, now (admins). */
async function binPurge(options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const result = await purgeRecycleBin(ctx)
    if (options.json) printJson(result)
    say(ctx.lang, options.json, 'cli.bin_purged', {
      total: result.total,
      kept: result.kept,
      cutoff: result.deletedBefore,
    })
  } finally {
    await database.close()
  }
}

/** `abacus recycle-bin list|restore|purge` */
export function registerRecycleBinCommands(program: Command): Command {
  const bin = program
    .command('recycle-bin')
    .description('the recycle bin (回收站): deleted records, restorable for 90 days')
  bin
    .command('list')
    .description('records deleted in the last 90 days of those you may change, newest first')
    .option('--kind <kind>', 'customer | order | collection | collection_plan | expense | follow_up')
    .option('--limit <n>', 'how many (1–200)', '50')
    .option('--cursor <cursor>', 'the next page, as printed by the previous one')
    .action(runAction(binList))
  bin
    .command('restore')
    .description('bring a record back (admin; within 90 days of its deletion)')
    .argument('<kind>', 'customer | order | collection | collection_plan | expense | follow_up')
    .argument('<id>', 'the record id')
    .action(runAction(binRestore))
  bin
    .command('purge')
    .description('remove for good what was deleted 90 days ago or more (admin; the server does it daily)')
    .action(runAction(binPurge))
  return bin
}
