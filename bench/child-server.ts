import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { processCpuSeconds } from './process-cpu'

export type ChildServer = {
  name: string
  origin: string
  /** CPU seconds the server process has used so far, or null where it cannot be read. */
  cpuSeconds: () => number | null
  pid: number
  stop: () => Promise<void>
}

/** A port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

/**
 * Starts a server as a child process (node + `args`) and waits until `readyPath` answers 200.
 * The child's output is kept (the last 20 kB) and printed if it dies or never gets ready.
 */
export async function startChildServer(options: {
  name: string
  args: readonly string[]
  cwd: string
  port: number
  readyPath: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
}): Promise<ChildServer> {
  const origin = `http://127.0.0.1:${options.port}`
  const child = spawn(process.execPath, [...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited(child)
    clearTimeout(killer)
  }
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${options.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`,
      )
    try {
      const response = await fetch(origin + options.readyPath, { signal: AbortSignal.timeout(1_000) })
      if (response.ok) {
        const pid = child.pid as number
        return { name: options.name, origin, cpuSeconds: () => processCpuSeconds(pid), pid, stop }
      }
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  await stop()
  throw new Error(
    `${options.name} was not ready on ${origin}${options.readyPath} within the time limit:\n${output}`,
  )
}
