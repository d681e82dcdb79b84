import { readdirSync, readFileSync } from 'node:fs'

/** What the server process holds at one moment: resident memory and open file descriptors. */
export type ProcessSample = { atMs: number; rssBytes: number; fds: number }

/** Reads /proc/<pid> (Linux): VmRSS from status, the entries of fd/. Null where /proc cannot be read. */
export function sampleProcess(pid: number, atMs: number): ProcessSample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1])
    const fds = readdirSync(`/proc/${pid}/fd`).length
    return Number.isFinite(rssKb) ? { atMs, rssBytes: rssKb * 1024, fds } : null
  } catch {
    return null
  }
}
