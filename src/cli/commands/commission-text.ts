import type { Statement } from '../../contracts/commission'
import { formatRateBp } from '../../core/commission/rate-text'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'

/** "0.00 – 100,000.00" or "300,000.00 and above". */
export function bracketRange(lang: Lang, from: number, to: number | null): string {
  const money = (minor: number) => formatMoney(minor, lang)
  return to === null
    ? translate(lang, 'commission.rangeOpen', { from: money(from) })
    : translate(lang, 'commission.range', { from: money(from), to: money(to) })
}

/**
 * A statement as lines of text, the arithmetic spelled out (DOMAIN.md: "every result comes with a
 * statement that shows the arithmetic"): each plan's days and collections, its bracket slices
 * (base × rate = amount) on the plan's collections from its first day less what the days before the
 * period earned, its bonuses, the adjustments with their reasons, and the sum.
 */
export function statementText(lang: Lang, s: Statement): string[] {
  const money = (minor: number) => formatMoney(minor, lang)
  const t = (key: MessageKey, params: Record<string, string | number>) => translate(lang, key, params)
  const out: string[] = []
  s.segments.forEach((segment, index) => {
    out.push(
      t('commission.segment', {
        plan: segment.planName,
        mode: t(`commissionMode.${segment.mode}`, {}),
        from: segment.from,
        to: segment.to,
        collected: money(segment.collected),
      }),
    )
    if (segment.collectedBefore !== 0)
      out.push(
        '  ' +
          t('commission.segmentBefore', {
            from: segment.assignedFrom,
            before: money(segment.collectedBefore),
            collected: money(segment.collected),
            total: money(segment.collectedBefore + segment.collected),
          }),
      )
    for (const l of s.lines)
      if (l.kind === 'bracket' && l.segment === index)
        out.push(
          '  ' +
            t('commission.lineBracket', {
              n: l.bracket,
              range: bracketRange(lang, l.bracketFrom, l.bracketTo),
              base: money(l.base),
              rate: formatRateBp(l.rateBp),
              amount: money(l.amount),
            }),
        )
      else if (l.kind === 'earlier' && l.segment === index)
        out.push(
          '  ' +
            t('commission.lineEarlier', {
              from: l.from,
              to: l.to,
              base: money(l.base),
              amount: money(l.amount),
            }),
        )
      else if (l.kind === 'bonus' && l.segment === index)
        out.push(
          '  ' +
            t('commission.lineBonus', {
              customer: l.customerName,
              order: l.orderNumber,
              date: l.orderDate,
              orderAmount: money(l.orderAmount),
              amount: money(l.amount),
            }),
        )
  })
  for (const u of s.uncovered)
    out.push(t('commission.uncovered', { from: u.from, to: u.to, collected: money(u.collected) }))
  for (const u of s.unpaid)
    out.push(
      u.reason === 'no_plan'
        ? t('commission.unpaidNoPlan', { customer: u.customerName, order: u.orderNumber, date: u.orderDate })
        : t('commission.unpaidBelowMinimum', {
            customer: u.customerName,
            order: u.orderNumber,
            orderAmount: money(u.orderAmount),
            minimum: money(u.minimum ?? 0),
          }),
    )
  for (const l of s.lines)
    if (l.kind === 'adjustment')
      out.push(
        t('commission.lineAdjustment', { from: l.from, to: l.to, reason: l.reason, amount: money(l.amount) }),
      )
  out.push(
    t('commission.sum', {
      brackets: money(s.bracketTotal),
      bonuses: money(s.bonusTotal),
      adjustments: money(s.adjustmentTotal),
      total: money(s.total),
    }),
  )
  return out
}
