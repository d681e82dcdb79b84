/** Nearest-rank percentile of `sorted` (ascending); NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

export type Summary = { count: number; p50: number; p99: number; mean: number; max: number }

/** A growable list of samples (milliseconds) in a typed array, sorted once at the end. */
export function createSamples(): { add: (value: number) => void; summary: () => Summary } {
  let values = new Float64Array(1 << 16)
  let length = 0
  const add = (value: number) => {
    if (length === values.length) {
      const grown = new Float64Array(values.length * 2)
      grown.set(values)
      values = grown
    }
    values[length++] = value
  }
  const summary = (): Summary => {
    const sorted = values.slice(0, length).sort()
    let sum = 0
    for (const v of sorted) sum += v
    return {
      count: length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      mean: length ? sum / length : Number.NaN,
      max: length ? (sorted[length - 1] as number) : Number.NaN,
    }
  }
  return { add, summary }
}
