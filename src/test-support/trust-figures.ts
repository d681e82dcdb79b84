import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * What a trust suite tried and what failed (issue 9: "the results of each are printed as figures at
 * the end of the run"). Each suite writes one file under test-results/trust/; `npm test` prints
 * them all after the last step, so the figures are read even when nobody opens the logs.
 */
export type TrustFigures = {
  /** The suite, as printed: e.g. "authorization matrix (sqlite)". */
  name: string
  /** Cases tried: cells, requests, kills, payloads… */
  cases: number
  failures: number
  /** Further figures worth a line: { 'acknowledged writes': 10234, … }. */
  detail?: Record<string, number | string>
}

export const TRUST_DIR = join('test-results', 'trust')

export function recordTrustFigures(figures: TrustFigures): void {
  mkdirSync(TRUST_DIR, { recursive: true })
  const file = figures.name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
  writeFileSync(join(TRUST_DIR, `${file}.json`), JSON.stringify(figures, null, 2))
}
