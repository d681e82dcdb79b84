import type { Command } from 'commander'
import { AppError } from '../../core/app-error'
import { classify } from '../../app/classify'
import { DEMO_PASSWORD, DEMO_SCALES, loadDemo, type DemoScale } from '../../app/demo'
import { findActor } from '../../app/find-actor'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

async function demo(options: GlobalOptions & { scale: string; seed: string }) {
  const { ctx, database } = await openCli(options)
  try {
    if (!(options.scale in DEMO_SCALES))
      throw new AppError('validation', 'error.validation', {}, [
        {
          path: 'scale',
          key: 'field.invalid_value',
          params: { options: Object.keys(DEMO_SCALES).join(', ') },
        },
      ])
    const seed = Number(options.seed)
    if (!Number.isInteger(seed))
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'seed', key: 'field.invalid_type', params: { expected: '@type.integer' } },
      ])
    const result = await loadDemo(ctx, { scale: options.scale as DemoScale, seed }).catch(
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'conflict')
          throw new AppError('conflict', 'cli.demo_exists')
        throw error
      },
    )
    // Classify at once, so the demo's agendas and pool run on real A/B/C tiers.
    const admin = await findActor(ctx)
    if (admin) await classify({ ...ctx, actor: admin })
    if (options.json) printJson({ ...result, password: DEMO_PASSWORD })
    say(ctx.lang, options.json, 'cli.demo_done', { ...result, password: DEMO_PASSWORD })
  } finally {
    await database.close()
  }
}

/** `abacus demo [--scale] [--seed]` */
export function registerDemoCommand(program: Command): Command {
  return program
    .command('demo')
    .description('load realistic demo data into an empty database')
    .option('--scale <scale>', 'small | large', 'small')
    .option('--seed <n>', 'random seed', '1')
    .action(runAction(demo))
}
