// The thread behind db/sqlite-reader.ts: one read-only connection to the same SQLite file, running
// the SELECTs it is sent while the main thread goes on with its own. Plain JavaScript so that a
// worker needs no TypeScript loader, whatever started the process (server, CLI, tests, bench).
import { parentPort, workerData } from 'node:worker_threads'
import SQLite from 'better-sqlite3'

const sqlite = new SQLite(workerData.path, { readonly: true, fileMustExist: true })
sqlite.pragma('busy_timeout = 5000')
// As the main connection (db/connect.ts): the analyses' scans read the same pages again.
sqlite.pragma('cache_size = -65536')
sqlite.pragma('query_only = 1')

/** Prepared statements by SQL text, least recently used out first, as the main connection keeps them. */
const statements = new Map()
const LIMIT = 200
const prepare = (text) => {
  let statement = statements.get(text)
  if (statement) statements.delete(text)
  else {
    statement = sqlite.prepare(text)
    if (statements.size >= LIMIT) statements.delete(statements.keys().next().value)
  }
  statements.set(text, statement)
  return statement
}

parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    const statement = prepare(sql)
    if (!statement.reader) throw new Error('the SQLite reader only runs statements that return rows')
    parentPort.postMessage({ id, rows: statement.all(parameters) })
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code } })
  }
})
