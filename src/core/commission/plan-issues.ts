import type { FieldIssue } from '../app-error'
import { plainMoney } from '../money/format-money'
import { MAX_RATE_BP, type Bracket, type CommissionMode } from './commission-plan'

/**
 * What is wrong with a plan's brackets, each problem naming its bracket (counted from 1) and the
 * field: brackets start at 0, follow one another without a gap or an overlap (each starts where the
 * previous ends), end above where they start, only the last may be open-ended, and rates lie
 * between 0 and 100 %; paid `whole`, a rate never falls from one bracket to the next (the rep who
 * collected one cent more would earn less in all). Empty when the brackets are valid. The API, the
 * CLI and the web editor's live check all ask this one function.
 */
export function planIssues(brackets: readonly Bracket[], mode: CommissionMode): FieldIssue[] {
  if (brackets.length === 0) return [{ path: 'brackets', key: 'field.too_few', params: { min: 1 } }]
  const issues: FieldIssue[] = []
  const at = (i: number, field: keyof Bracket) => `brackets.${i}.${field}`
  brackets.forEach((b, i) => {
    const n = i + 1
    if (i === 0 && b.from !== 0)
      issues.push({ path: at(i, 'from'), key: 'field.bracket_start', params: { n } })
    if (b.rateBp < 0 || b.rateBp > MAX_RATE_BP)
      issues.push({ path: at(i, 'rateBp'), key: 'field.bracket_rate', params: { n } })
    if (b.to === null && i < brackets.length - 1)
      issues.push({ path: at(i, 'to'), key: 'field.bracket_open', params: { n } })
    if (b.to !== null && b.to <= b.from)
      issues.push({
        path: at(i, 'to'),
        key: 'field.bracket_empty',
        params: { n, from: plainMoney(b.from) },
      })
    const previous = brackets[i - 1]
    if (mode === 'whole' && previous && b.rateBp < previous.rateBp)
      issues.push({ path: at(i, 'rateBp'), key: 'field.bracket_rate_falls', params: { n, previous: i } })
    if (previous && previous.to !== null && b.from !== previous.to)
      issues.push({
        path: at(i, 'from'),
        key: b.from > previous.to ? 'field.bracket_gap' : 'field.bracket_overlap',
        params: { n, previous: i, from: plainMoney(b.from), to: plainMoney(previous.to) },
      })
  })
  return issues
}
