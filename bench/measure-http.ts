import autocannon from 'autocannon'
import { createSamples } from './percentiles'

/** What one measurement found: throughput, latency (ms) and how many answers went wrong. */
export type Measured = {
  /** Requests (or SQL executions) per second, averaged over the run. */
  perSecond: number
  p50Ms: number
  p99Ms: number
  count: number
  /** CPU time the server (or, for raw SQL, this process) spent per request, in µs; null if unknown. */
  cpuUsPerOp: number | null
  /** Answers that were not 2xx, plus connection errors and timeouts: must be 0. */
  failures: number
  detail: Record<string, number>
}

type HttpLoad = { url: string; headers: Record<string, string>; connections: number; seconds: number }

/** Cumulative CPU seconds of the server process under test. */
type CpuClock = () => number | null

/**
 * What every browser sends, so the figures are the web app's: a JSON answer of 1 kB or more then
 * travels gzipped (src/api/compress-json.ts). autocannon reads the bytes without inflating them,
 * as it reads a plain answer without parsing it.
 */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

const fire = (load: HttpLoad, onResponse?: (status: number, ms: number) => void) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const headers = { 'accept-encoding': BROWSER_ACCEPT_ENCODING, ...load.headers }
    const instance = autocannon(
      { url: load.url, headers, connections: load.connections, duration: load.seconds },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms))
  })

/**
 * GETs `url` from `connections` keep-alive connections for `seconds` after a warm-up of
 * `warmupSeconds` (JIT, caches, SQLite page cache). Latencies are timed per response here, to the
 * microsecond; autocannon's own histogram rounds to whole milliseconds, kept in `detail` to compare.
 */
export async function measureHttp(
  load: HttpLoad & { warmupSeconds: number; serverCpu: CpuClock },
): Promise<Measured> {
  if (load.warmupSeconds > 0) await fire({ ...load, seconds: load.warmupSeconds })
  const samples = createSamples()
  const cpuBefore = load.serverCpu()
  const result = await fire(load, (status, ms) => {
    if (status >= 200 && status < 300) samples.add(ms)
  })
  const cpuAfter = load.serverCpu()
  const served = result.requests.total
  const { p50, p99, mean, max } = samples.summary()
  return {
    perSecond: result.requests.average,
    p50Ms: p50,
    p99Ms: p99,
    count: served,
    cpuUsPerOp:
      cpuBefore !== null && cpuAfter !== null && served > 0 ? ((cpuAfter - cpuBefore) * 1e6) / served : null,
    failures: result.non2xx + result.errors,
    detail: {
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      meanMs: mean,
      maxMs: max,
      autocannonP50Ms: result.latency.p50,
      autocannonP99Ms: result.latency.p99,
      bytesPerSecond: result.throughput.average,
    },
  }
}
