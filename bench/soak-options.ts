import { parseArgs } from 'node:util'

export type SoakOptions = {
  /** Minutes of load in all (the warm-up included). */
  minutes: number
  /** Requests started per second, whatever the answers take (an open loop). */
  rate: number
  /** At most this many requests in flight: the keep-alive connections of the load generator. */
  connections: number
  /** Minutes at the start that are not judged (caches, JIT, SQLite's page cache fill). */
  warmup: number
  /** Minutes compared at each end for p99 steadiness. */
  window: number
  seed: number
}

export const SOAK_USAGE = `npm run soak -- [--minutes N] [--rate R] [--connections C] [--seed N]
  --minutes      minutes of mixed load (default 30); warm-up and windows shrink with it
  --rate         requests started per second (default 20)
  --connections  keep-alive connections, and at most that many requests in flight (default 8)
  --seed         random seed of the demo data and the request mix (default 1)`

const positive = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`)
  return value
}

/**
 * The soak's options. With the default 30 minutes: 5 minutes of warm-up, then p99 of the first 5
 * judged minutes against the last 5. A shorter run keeps the same shape, scaled down (3 minutes:
 * 1 of warm-up, windows of 1).
 */
export function parseSoakOptions(argv: string[]): SoakOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string' },
      rate: { type: 'string' },
      connections: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return 'help'
  const minutes = positive('minutes', values.minutes, 30)
  if (minutes < 3) throw new Error('--minutes must be at least 3 (a warm-up and two windows to compare)')
  const warmup = Math.min(5, Math.max(1, Math.floor(minutes / 6)))
  const window = Math.min(5, Math.max(1, Math.floor((minutes - warmup) / 2)))
  return {
    minutes,
    rate: positive('rate', values.rate, 20),
    connections: positive('connections', values.connections, 8),
    warmup,
    window,
    seed: positive('seed', values.seed, 1),
  }
}
