import type { ActingUser } from '../app/context'

/**
 * An answer kept to be sent again: its headers and its bytes — JSON encoded (and gzipped,
 * compress-json.ts) once, not again for every reader.
 */
export type CachedAnswer = { headers: Record<string, string | number | string[] | undefined>; body: Buffer }

type Stamp = { version: string; clockMs: number; monotonicMs: number }
type Kept<T> = Stamp & { value: T }

export type ReadCacheOptions = {
  /** How long an answer is kept at most, whatever the data: what it says about "now" (a visit's
   * end passed, today's date) may change without a write. */
  ttlMs: number
  /** Bytes of answers kept at most; the oldest go first. */
  maxBytes: number
  /** The organisation's clock (AppContext.now): a test or demo clock moved on expires answers too. */
  now: () => Date
  /** A clock that only goes forward, in milliseconds. */
  monotonicMs: () => number
}

/**
 * Answers to repeated reads (GET) while the data have not changed: who a session is, and each
 * person's pages, kept under the data version they were computed at (db/connect.ts `DataVersion`).
 * Any write, here or in another process, moves the version and so drops every kept answer: what
 * is served from here is exactly what computing it again would give, as long as the answer depends
 * only on the data, the reader, the URL, the language and the moment — the last bounded by `ttlMs`.
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

  const stamp = (at: string): Stamp => ({
    version: at,
    clockMs: options.now().getTime(),
    monotonicMs: options.monotonicMs(),
  })
  /** Everything kept belongs to one version: a new one drops the rest. */
  const enter = (at: string) => {
    if (at === version) return
    version = at
    sessions.clear()
    answers.clear()
    bytes = 0
  }
  const fresh = <T>(kept: Kept<T> | undefined, at: string): T | undefined => {
    if (!kept || kept.version !== at) return undefined
    const clockAge = options.now().getTime() - kept.clockMs
    const age = options.monotonicMs() - kept.monotonicMs
    return clockAge >= 0 && clockAge < options.ttlMs && age < options.ttlMs ? kept.value : undefined
  }

  return {
    /** The person behind a session token, if known at this version. */
    session(token: string, at: string): ActingUser | undefined {
      enter(at)
      return fresh(sessions.get(token), at)
    },
    keepSession(token: string, at: string, actor: ActingUser) {
      enter(at)
      sessions.set(token, { ...stamp(at), value: actor })
    },
    answer(key: string, at: string): CachedAnswer | undefined {
      enter(at)
      return fresh(answers.get(key), at)
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
     * The computation of `key` ended. `answer` is kept when given: the caller gives it only when it
     * was computed at `at` and `at` is still the data version.
     */
    settle(key: string, at: string, answer?: CachedAnswer) {
      if (answer && answer.body.length <= options.maxBytes) {
        enter(at)
        const old = answers.get(key)
        if (old) bytes -= old.value.body.length
        answers.set(key, { ...stamp(at), value: answer })
        bytes += answer.body.length
        for (const [oldest, kept] of answers) {
          if (bytes <= options.maxBytes) break
          answers.delete(oldest)
          bytes -= kept.value.body.length
        }
      }
      const waiting = pending.get(key)
      pending.delete(key)
      waiting?.finish()
    },
  }
}

export type ReadCache = ReturnType<typeof createReadCache>
