/**
 * Rates as people write them, in percent ("3", "3.5", "3.25 %"), to and from basis points, with
 * string arithmetic: 1.15 × 100 in floating point is 114.99999999999999, not 115.
 */
export function parseRatePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text)
  if (!match) return null
  return Number(match[1]) * 100 + Number(((match[2] ?? '') + '00').slice(0, 2))
}

/** 300 → "3", 325 → "3.25", 350 → "3.5": the shortest exact percent, without the sign. */
export function formatRateBp(rateBp: number): string {
  const sign = rateBp < 0 ? '-' : ''
  const abs = Math.abs(rateBp)
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`
}
