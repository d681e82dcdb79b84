import { once } from 'node:events'
import { loadConfig } from '../app/config'
import { migrate } from '../app/migrate'
import { openDatabase } from '../app/open-database'
import { buildServer } from '../api/server'

/**
 * The server as `abacus serve` builds it — the configuration from the environment, the database
 * opened with the same durability settings and checks, migrated, every route — without the web
 * app, the daily runs and the CLI around it, for the crash and concurrency suites
 * (crash-harness.ts), which start it hundreds of times. With `--wait` it loads its code, then
 * waits for a line on stdin before it touches the database: a spare started while the previous
 * server still runs. It listens on a free loopback port and prints `{"port":N}` when ready.
 */
// The parent holds stdin open: when it goes (a test run stopped), so does this server.
process.stdin.once('end', () => process.exit(0))
if (process.argv.includes('--wait')) await once(process.stdin, 'data')
else process.stdin.resume()
const config = loadConfig(process.env)
const database = openDatabase(config.databaseUrl, { sqlite: config.sqliteDurability })
await migrate(database)
const app = await buildServer({
  db: database.db,
  engine: database.engine,
  now: () => new Date(),
  config,
  // Request logs only when asked (ABACUS_TRIAL_LOG=1): hundreds of starts would drown the output.
  logger: process.env.ABACUS_TRIAL_LOG === '1',
})
// A clean stop, as `abacus serve` does it.
const close = async () => {
  await app.close()
  await database.close()
  process.exit(0)
}
process.once('SIGINT', close)
process.once('SIGTERM', close)
await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
)
