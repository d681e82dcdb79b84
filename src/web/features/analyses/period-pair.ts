import { previousPeriod } from '../../../core/analyses/period'
import { isLocalDate, type LocalDate } from '../../../core/dates/local-date'
import type { TKey } from '../../i18n/use-t'

/** A period P and the one it is read against, Q (DOMAIN.md "Analyses"), as the URL keeps them. */
export type PeriodPair = { from: LocalDate; to: LocalDate; prevFrom: LocalDate; prevTo: LocalDate }

export const PAIR_PRESETS = ['thisYear', 'yearToDate', 'lastYear', 'augDec', 'lastQuarter'] as const
export type PairPreset = (typeof PAIR_PRESETS)[number]

export const PRESET_LABELS: Record<PairPreset, TKey> = {
  thisYear: 'analyses.preset.thisYear',
  yearToDate: 'analyses.preset.yearToDate',
  lastYear: 'analyses.preset.lastYear',
  augDec: 'analyses.preset.augDec',
  lastQuarter: 'analyses.preset.lastQuarter',
}

const pad = (n: number) => String(n).padStart(2, '0')
const withPrevious = (from: LocalDate, to: LocalDate): PeriodPair => {
  const q = previousPeriod({ from, to })
  return { from, to, prevFrom: q.from, prevTo: q.to }
}

/**
 * The pairs a sales team asks for, as of `today`: this year against last year (the default), this
 * year to date against the same days last year, last year against the year before, the seed's
 * Aug–Dec against Mar–Jul of this year, and the last whole quarter against the one before.
 */
export function presetPair(preset: PairPreset, today: LocalDate): PeriodPair {
  const year = Number(today.slice(0, 4))
  switch (preset) {
    case 'thisYear':
      return withPrevious(`${year}-01-01`, `${year}-12-31`)
    case 'yearToDate':
      return {
        from: `${year}-01-01`,
        to: today,
        prevFrom: `${year - 1}-01-01`,
        // 29 February has no day a year later: the day before stands in.
        prevTo: today.slice(5) === '02-29' ? `${year - 1}-02-28` : `${year - 1}${today.slice(4)}`,
      }
    case 'lastYear':
      return withPrevious(`${year - 1}-01-01`, `${year - 1}-12-31`)
    case 'augDec':
      return {
        from: `${year}-08-01`,
        to: `${year}-12-31`,
        prevFrom: `${year}-03-01`,
        prevTo: `${year}-07-31`,
      }
    case 'lastQuarter': {
      const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3)
      const startMonth = quarter === 0 ? 10 : quarter * 3 - 2
      const startYear = quarter === 0 ? year - 1 : year
      const endMonth = startMonth + 2
      const last = new Date(Date.UTC(startYear, endMonth, 0)).getUTCDate()
      return withPrevious(`${startYear}-${pad(startMonth)}-01`, `${startYear}-${pad(endMonth)}-${pad(last)}`)
    }
  }
}

/** The preset a pair is, if any (to show it selected). */
export const presetOf = (pair: PeriodPair, today: LocalDate): PairPreset | null =>
  PAIR_PRESETS.find((p) => {
    const preset = presetPair(p, today)
    return (
      preset.from === pair.from &&
      preset.to === pair.to &&
      preset.prevFrom === pair.prevFrom &&
      preset.prevTo === pair.prevTo
    )
  }) ?? null

/** A new P, read against the period of equal length just before it. */
export const pairFor = (from: LocalDate, to: LocalDate): PeriodPair => withPrevious(from, to)

/** The pair in the URL, or this year against last year when it holds none (or nonsense). */
export function readPair(params: URLSearchParams, today: LocalDate): PeriodPair {
  const get = (name: string) => {
    const value = params.get(name)
    return value && isLocalDate(value) ? value : null
  }
  const from = get('from')
  const to = get('to')
  if (!from || !to || to < from) return presetPair('thisYear', today)
  const prevFrom = get('prevFrom')
  const prevTo = get('prevTo')
  return prevFrom && prevTo && prevFrom <= prevTo ? { from, to, prevFrom, prevTo } : pairFor(from, to)
}

export const writePair = (pair: PeriodPair) =>
  new URLSearchParams({ from: pair.from, to: pair.to, prevFrom: pair.prevFrom, prevTo: pair.prevTo })
