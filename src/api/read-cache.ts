import type { ActingUser } from '../app/context'

/**
 * An answer kept to be sent again: its headers and its bytes — JSON encoded (and gzipped,
 * compress-json.ts) once, not again for every reader.
 */
export type CachedAnswer = { headers: Record<string, string | number | string[] | undefined>; body: Buffer }

/** When a computation began: at which data version, by both clocks. */
export type Stamp = { version: string; clockMs: number; monotonicMs: number }
type Kept<T> = { stamp: Stamp; bytes: number; value: T }

export type ReadCacheOptions = {
  /** How long an answer is kept at most, whatever the data: what it says about "now" (a visit's
   * end passed, today's date) may change without a write. */
  ttlMs: number
  /** Bytes of answers kept at most (bodies, keys and headers), the oldest going first. */
  maxBytes: number
  /** Answers, and sessions, kept at most. */
  maxEntries: number
  /** The organisation's clock (AppContext.now): a test or demo clock moved on expires answers too. */
  now: () => Date
  /** A clock that only goes forward, in milliseconds. */
  monotonicMs: () => number
}

/** What headers weigh besides the body, roughly: they are copied per answer. */
const HEADER_BYTES = 1024

/**
 * Answers to repeated reads (GET) while the data have not changed: who a session is, and each
 * person's pages, kept under the data version they were computed at (db/connect.ts `DataVersion`).
 * Any write, here or in another process, moves the version and so drops every kept answer: what
 * is served from here is exactly what computing it again would give, as long as the answer depends
 * only on the data, the reader, the URL, the language and the moment — the last bounded by `ttlMs`,
 * counted from when the computation began.
 *
 * Why: a rep's agenda, a list page or a detail read again costs 0.3–7 ms of server CPU, and 50
 * people waiting on one Node process queue behind each other (issue 8: p99 ≤ 50 ms at 50
 * connections). Readers asking the same thing together wait for one computation (`wait`).
 */
export function createReadCache(options: ReadCacheOptions) {
  let version = ''
  let bytes = 0
  const sessions = new Map<string, Kept<ActingUser>>()
  const answers = new Map<string, Kept<CachedAnswer>>()
  const pending = new Map<string, { done: Promise<void>; finish: () => void }>()

  /** Everything kept belongs to one version: a new one drops the rest. */
  const enter = (at: string) => {
    if (at === version) return
    version = at
    sessions.clear()
    answers.clear()
    bytes = 0
  }
  const fresh = (stamp: Stamp, at: string) => {
    const clockAge = options.now().getTime() - stamp.clockMs
    const age = options.monotonicMs() - stamp.monotonicMs
    return stamp.version === at && clockAge >= 0 && clockAge < options.ttlMs && age < options.ttlMs
  }
  const drop = (key: string) => {
    const old = answers.get(key)
    if (!old) return
    answers.delete(key)
    bytes -= old.bytes
  }
  /** The oldest first, while over a bound or expired (kept in the order they were stamped, about). */
  const trim = () => {
    for (const [key, kept] of answers) {
      const over = bytes > options.maxBytes || answers.size > options.maxEntries
      if (!over && fresh(kept.stamp, version)) break
      drop(key)
    }
    if (sessions.size > options.maxEntries) sessions.clear()
  }

  return {
    /** The stamp of a computation beginning now, at data version `at`. */
    stamp(at: string): Stamp {
      return { version: at, clockMs: options.now().getTime(), monotonicMs: options.monotonicMs() }
    },
    /** The person behind a session token, if known at this version. */
    session(token: string, at: string): ActingUser | undefined {
      enter(at)
      const kept = sessions.get(token)
      return kept && fresh(kept.stamp, at) ? kept.value : undefined
    },
    /** Keeps who a session is, looked up from `stamp` on (the caller checks the version stayed). */
    keepSession(token: string, stamp: Stamp, actor: ActingUser) {
      enter(stamp.version)
      sessions.set(token, { stamp, bytes: 0, value: actor })
      trim()
    },
    answer(key: string, at: string): CachedAnswer | undefined {
      enter(at)
      const kept = answers.get(key)
      return kept && fresh(kept.stamp, at) ? kept.value : undefined
    },
    /** How many answers are kept now. */
    size(): number {
      return answers.size
    },
    /** Resolves when the reader computing `key` has answered, or at once if nobody is. */
    wait(key: string): Promise<void> | undefined {
      return pending.get(key)?.done
    },
    /** This reader computes `key`; others asking for it wait (`wait`) until `settle`. */
    compute(key: string) {
      if (pending.has(key)) return
      let finish = () => {}
      const done = new Promise<void>((resolve) => (finish = resolve))
      pending.set(key, { done, finish })
    },
    /**
     * The computation of `key` begun at `stamp` ended. `answer` is kept when given: the caller gives
     * it only when the data version is still the stamp's.
     */
    settle(key: string, stamp: Stamp, answer?: CachedAnswer) {
      if (answer) {
        enter(stamp.version)
        drop(key)
        const weight = answer.body.length + key.length + HEADER_BYTES
        if (weight <= options.maxBytes) {
          answers.set(key, { stamp, bytes: weight, value: answer })
          bytes += weight
          trim()
        }
      }
      const waiting = pending.get(key)
      pending.delete(key)
      waiting?.finish()
    },
  }
}

export type ReadCache = ReturnType<typeof createReadCache>
