export type FactTone = 'positive' | 'negative' | 'neutral'

/** A fact's values as far as its tone needs them (core/analyses/fact.ts, or its API form). */
type ToneValue = { kind: string; key?: string; value?: number | string }
type ToneFact = { key: string; params: Record<string, ToneValue> }

/** Figures where more is worse: money owed and money spent. */
const MORE_IS_WORSE = new Set(['analysis.metric.receivables', 'analysis.metric.expenses'])

const ALWAYS: Record<string, FactTone> = {
  'fact.new_customers': 'positive',
  'fact.new_customers_one': 'positive',
  'fact.reactivated_customers': 'positive',
  'fact.reactivated_customers_one': 'positive',
  'fact.cagr_up': 'positive',
  'fact.best_growth': 'positive',
  'fact.team_top_sales': 'positive',
  'fact.team_top_collections': 'positive',
  'fact.team_new_customers': 'positive',
  'fact.team_new_customers_one': 'positive',
  'fact.team_best_confirmation': 'positive',
  'fact.lost_customers': 'negative',
  'fact.lost_customers_one': 'negative',
  'fact.top_lost_reason': 'negative',
  'fact.cagr_down': 'negative',
  'fact.worst_growth': 'negative',
  'fact.team_low_coverage': 'negative',
  'fact.team_low_coverage_one': 'negative',
  'fact.team_highest_expense_ratio': 'negative',
}

const labelOf = (v: ToneValue | undefined) => (v?.kind === 'label' ? (v.key ?? '') : '')
const numberOf = (v: ToneValue | undefined) => (typeof v?.value === 'number' ? v.value : 0)

/**
 * Whether a generated finding counts among the year's positive or negative factors (the seed's
 * year-end review: 促成業績的正面因素 / 存在的負面因素). A rise is good for sales, collections and
 * new customers and bad for receivables and expenses; a lower expense ratio is good; customers
 * won or won back are good, customers lost bad; a "same as before" finding is neither.
 */
export function factTone(fact: ToneFact): FactTone {
  const fixed = ALWAYS[fact.key]
  if (fixed) return fixed
  const worse = MORE_IS_WORSE.has(labelOf(fact.params.metric))
  switch (fact.key) {
    case 'fact.metric_up':
    case 'fact.metric_from_nothing':
      return worse ? 'negative' : 'positive'
    case 'fact.metric_down':
      return worse ? 'positive' : 'negative'
    case 'fact.expense_ratio': {
      const current = numberOf(fact.params.current)
      const previous = numberOf(fact.params.previous)
      return current < previous ? 'positive' : current > previous ? 'negative' : 'neutral'
    }
    case 'fact.retained_customers': {
      const expansion = numberOf(fact.params.expansion)
      const contraction = numberOf(fact.params.contraction)
      return expansion > contraction ? 'positive' : expansion < contraction ? 'negative' : 'neutral'
    }
    default:
      return 'neutral'
  }
}

/** The findings' sentences split into positive and negative, each once, in order. */
export function factsByTone(facts: readonly (ToneFact & { text: string })[]): {
  positive: string[]
  negative: string[]
} {
  const seen = new Set<string>()
  const positive: string[] = []
  const negative: string[] = []
  for (const fact of facts) {
    if (seen.has(fact.text)) continue
    seen.add(fact.text)
    const tone = factTone(fact)
    if (tone === 'positive') positive.push(fact.text)
    if (tone === 'negative') negative.push(fact.text)
  }
  return { positive, negative }
}
