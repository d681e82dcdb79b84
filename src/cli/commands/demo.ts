import { AppError } from '../../core/app-error'
import { DEMO_PASSWORD, DEMO_SCALES, loadDemo, type DemoScale } from '../../app/demo'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'

export async function demo(options: GlobalOptions & { scale: string; seed: string }) {
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
    if (options.json) printJson({ ...result, password: DEMO_PASSWORD })
    say(ctx.lang, options.json, 'cli.demo_done', { ...result, password: DEMO_PASSWORD })
  } finally {
    await database.close()
  }
}
