export type ReportingLine = { id: string; managerId: string | null }

/**
 * The ids of `rootId` and everyone below it in the reporting line, recursively (DOMAIN.md: a
 * manager sees their team "recursively down the reporting line"). Cycles cannot hang it.
 */
export function reportingTree(lines: readonly ReportingLine[], rootId: string): string[] {
  const reports = new Map<string, string[]>()
  for (const { id, managerId } of lines) {
    if (managerId === null) continue
    const list = reports.get(managerId) ?? []
    list.push(id)
    reports.set(managerId, list)
  }
  const seen = new Set<string>([rootId])
  const queue = [rootId]
  while (queue.length > 0) {
    const current = queue.shift() as string
    for (const child of reports.get(current) ?? []) {
      if (seen.has(child)) continue
      seen.add(child)
      queue.push(child)
    }
  }
  return [...seen]
}

/** True when making `managerId` the manager of `userId` would close a loop in the reporting line. */
export function wouldCreateCycle(
  lines: readonly ReportingLine[],
  userId: string,
  managerId: string,
): boolean {
  return reportingTree(lines, userId).includes(managerId)
}
