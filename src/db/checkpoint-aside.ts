import { Worker } from 'node:worker_threads'
import type SQLite from 'better-sqlite3'

const WORKER = new URL('./checkpoint-worker.mjs', import.meta.url)

export type CheckpointAside = {
  /** Runs `write` (a transaction that writes a great deal) with its commit's checkpoint aside. */
  around: <T>(write: () => Promise<T>) => Promise<T>
  /** Resolves once no checkpoint runs aside: the connection waits for it before it closes. */
  settled: () => Promise<void>
}

/**
 * In WAL mode a commit that leaves the log longer than `wal_autocheckpoint` pages copies the whole
 * log into the database file before it returns: after a million-line import, ~1.5 s of the
 * importer's wait, for work that makes nothing more durable (the commit is on disk once the log
 * is). Around such a write the main connection does not checkpoint; a thread of its own, with its
 * own connection, does it right after, on the other core, while the answer goes out. Readers and
 * writers go on meanwhile: a passive checkpoint waits for no one.
 */
export function checkpointAside(sqlite: SQLite.Database, path: string): CheckpointAside {
  let writing = 0
  let threshold = 0
  let running: Promise<void> = Promise.resolve()
  // The thread does not hold the process open, unless someone waits for it (settled, at close).
  let current: Worker | null = null
  let awaited = false
  const checkpoint = () =>
    new Promise<void>((done) => {
      let worker: Worker
      try {
        worker = new Worker(WORKER, { workerData: { path } })
      } catch {
        // No thread (the file bundled away from its worker): the next commit checkpoints instead.
        return done()
      }
      current = worker
      if (!awaited) worker.unref()
      const end = () => {
        if (current === worker) current = null
        done()
      }
      worker.on('error', end)
      worker.on('exit', end)
    })
  return {
    async around(write) {
      // Two writes may overlap (they queue for the connection): the first in turns the automatic
      // checkpoint off, the last out turns it back on.
      if (writing++ === 0) {
        threshold = Number(sqlite.pragma('wal_autocheckpoint', { simple: true }))
        sqlite.pragma('wal_autocheckpoint = 0')
      }
      try {
        return await write()
      } finally {
        if (--writing === 0) {
          sqlite.pragma(`wal_autocheckpoint = ${threshold}`)
          // Whether the log holds much cannot be read cheaply (its file keeps its largest size):
          // a checkpoint of a small log costs the other thread a few milliseconds.
          if (threshold > 0) running = running.then(checkpoint)
        }
      }
    },
    settled: async () => {
      awaited = true
      current?.ref()
      await running
    },
  }
}
