import type { Translate } from '../../i18n/use-t'

/** A half-month as people say it: "2026-11, 1st–15th" / 「2026-11 上半月」. */
export const halfMonthLabel = (period: string, t: Translate) =>
  t(period.endsWith('-1') ? 'halfMonthPage.firstHalf' : 'halfMonthPage.secondHalf', {
    month: period.slice(0, 7),
  })
