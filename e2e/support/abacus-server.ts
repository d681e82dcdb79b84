import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = fileURLToPath(new URL('../..', import.meta.url))

export type RunningServer = { url: string; stop: () => Promise<void> }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

/**
 * The real server as a user starts it (`abacus serve`), on a free port and a fresh SQLite file, so
 * the specs see exactly what ships: the built app from dist/web and the API behind it.
 */
export async function startServer(
  /** An SQLite file prepared beforehand (e.g. demo data, then poisoned texts); default a fresh one. */
  options: { databaseFile?: string } = {},
): Promise<RunningServer> {
  const webRoot = process.env.ABACUS_WEB_ROOT ?? join(REPO, 'dist/web')
  if (!existsSync(join(webRoot, 'index.html')))
    throw new Error(`${webRoot}/index.html is missing: run \`npm run build\` before the end-to-end tests.`)
  const dir = mkdtempSync(join(tmpdir(), 'abacus-e2e-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    ['bin/abacus.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: REPO,
      env: {
        ...process.env,
        ABACUS_DATABASE_URL: `sqlite:${options.databaseFile ?? join(dir, 'e2e.db')}`,
        ABACUS_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const healthy = await fetch(`${url}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false)
    if (healthy) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`abacus serve did not become healthy on ${url}:\n${output.slice(-4000)}`)
}
