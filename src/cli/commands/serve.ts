import { buildServer } from '../../api/server'
import { describeDatabaseUrl } from '../../app/open-database'
import { openCli, type GlobalOptions } from '../cli-context'
import { say } from '../output'

export async function serve(options: GlobalOptions & { port: string; host: string }) {
  const { ctx, config, database } = await openCli(options, false)
  const app = await buildServer({
    db: ctx.db,
    engine: ctx.engine,
    now: ctx.now,
    config,
    logger: true,
    serveWeb: true,
  })
  const close = async () => {
    await app.close()
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
  await app.listen({ port: Number(options.port), host: options.host })
  say(ctx.lang, options.json, 'cli.serving', {
    url: `http://${options.host}:${options.port}`,
    db: describeDatabaseUrl(config.databaseUrl),
  })
}
