// The hello-world baseline: a bare Fastify server, no plugins, no database. Run as a child process
// by run.ts: `node bin/tsx.mjs bench/hello-server.ts PORT`.
import Fastify from 'fastify'

const port = Number(process.argv[2] ?? 3999)
const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
const close = async () => {
  await app.close()
  process.exit(0)
}
process.once('SIGTERM', close)
process.once('SIGINT', close)
await app.listen({ port, host: '127.0.0.1' })
