import type { Command } from 'commander'
import { loadPolicy, savePolicy } from '../../app/follow-up-policy'
import { requireActor } from '../../app/require-actor'
import type { FollowUpPolicy } from '../../core/follow-ups/follow-up-policy'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'
import { jsonFile } from '../json-file'

const percent = (share: number) => String(Math.round(share * 10_000) / 100)

/** The rules as the settings page shows them, a line each, in the reader's language. */
function sayPolicy(lang: Lang, p: FollowUpPolicy) {
  say(lang, false, 'cli.policy_abc', {
    months: p.abc.windowMonths,
    metric: translate(lang, `abc.metric.${p.abc.metric}`),
    a: percent(p.abc.shareA),
    b: percent(p.abc.shareB),
  })
  say(lang, false, 'cli.policy_intervals', { ...p.intervals })
  say(lang, false, 'cli.policy_pool', {
    ...p.pool.returnDays,
    warn: p.pool.warnDays,
    limit: p.pool.ownedLimit ?? translate(lang, 'cli.policy_no_limit'),
  })
  say(lang, false, 'cli.policy_schedule', {
    capacity: p.schedule.dailyCapacity,
    brief: p.schedule.briefMinutes,
    formal: p.schedule.formalMinutes,
  })
}

/** `abacus policy`: the organisation's follow-up rules (an admin's to read, as on the settings page). */
async function policyShow(options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    requireActor(ctx, ['admin'])
    const policy = await loadPolicy(ctx)
    if (options.json) return printJson(policy)
    sayPolicy(ctx.lang, policy)
  } finally {
    await database.close()
  }
}

/** `abacus policy set --file policy.json`: the whole rules, as `abacus policy --json` prints them. */
async function policySet(options: GlobalOptions & { file: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const policy = await savePolicy(ctx, await jsonFile(options.file))
    if (options.json) printJson(policy)
    say(ctx.lang, options.json, 'cli.policy_saved')
    if (!options.json) sayPolicy(ctx.lang, policy)
  } finally {
    await database.close()
  }
}

/** `abacus policy`, `abacus policy set` */
export function registerPolicyCommands(program: Command): Command {
  const policy = program
    .command('policy')
    .description(
      'the follow-up rules: ABC shares and window, intervals per tier, pool return, scheduling (admin)',
    )
    .action(runAction(policyShow))
  policy
    .command('set')
    .description('replace the follow-up rules with a JSON file shaped as `abacus policy --json` prints them')
    .requiredOption('--file <file>', 'policy.json')
    .action(runAction(policySet))
  return program
}
