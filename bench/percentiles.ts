/** Nearest-rank percentile of `sorted` (ascending); NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

/** A growable list of samples (milliseconds) that sorts cheaply at the end. */
export class Samples {
  #values = new Float64Array(1 << 16)
  #length = 0

  add(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Float64Array(this.#values.length * 2)
      grown.set(this.#values)
      this.#values = grown
    }
    this.#values[this.#length++] = value
  }

  get length(): number {
    return this.#length
  }

  summary(): { count: number; p50: number; p99: number; mean: number; max: number } {
    const sorted = this.#values.slice(0, this.#length).sort()
    let sum = 0
    for (const v of sorted) sum += v
    return {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      mean: sorted.length ? sum / sorted.length : Number.NaN,
      max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    }
  }
}
