// The thread behind db/checkpoint-aside.ts: opens the SQLite file, copies the write-ahead log into
// it (a passive checkpoint: it waits for nobody and stops where a reader still needs the log), and
// ends. Plain JavaScript, as sqlite-reader-worker.mjs, so it needs no TypeScript loader.
import { workerData } from 'node:worker_threads'
import SQLite from 'better-sqlite3'

let sqlite = null
try {
  sqlite = new SQLite(workerData.path, { fileMustExist: true })
  sqlite.pragma('wal_checkpoint(PASSIVE)')
} catch {
  // The next commit on the main connection checkpoints as it always did: nothing is lost.
} finally {
  sqlite?.close()
}
