import { readFileSync } from 'node:fs'

/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on every mainstream Linux build. */
const CLOCK_TICKS_PER_SECOND = 100

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc/<pid>/stat, or
 * null where there is no /proc. Divided by the requests served it gives the server's cost per
 * request, which, unlike req/s, hardly moves when other work shares the machine.
 */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const utime = Number(fields[11])
    const stime = Number(fields[12])
    return Number.isFinite(utime + stime) ? (utime + stime) / CLOCK_TICKS_PER_SECOND : null
  } catch {
    return null
  }
}

/** CPU seconds this process has used so far (all threads). */
export const ownCpuSeconds = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** The peak resident set (VmHWM) of a running process in MB, from /proc/<pid>/status; null without /proc. */
export function processPeakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Math.round(Number(match[1]) / 1024) : null
  } catch {
    return null
  }
}
