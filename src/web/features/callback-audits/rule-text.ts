import type { DrawSummary } from '../../../contracts/callback-audits'
import type { Translate } from '../../i18n/use-t'

/** "10 % of each rep's records" or "2 per rep". */
export const ruleText = (t: Translate, draw: DrawSummary) =>
  draw.sampleShare !== null
    ? t('callbackAudits.ruleShare', { percent: `${+(draw.sampleShare * 100).toFixed(2)} %` })
    : t('callbackAudits.ruleCount', { count: draw.sampleCount ?? 0 })

/** A rate as a percent with one decimal, or a dash when nobody was reached. */
export const percentText = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)} %`)
