import type { Lang } from '../i18n/lang'
import { translate } from '../i18n/translate'
import { formatMoney } from '../money/format-money'

/** The chat services a morning push can post to (DOMAIN.md "Reminders"). */
export const PUSH_KINDS = ['wecom', 'dingtalk', 'slack', 'json'] as const
export type PushKind = (typeof PUSH_KINDS)[number]

/** The part of an agenda a chat message shows. */
export type AgendaDigest = {
  date: string
  repName: string
  overdue: number
  dueToday: number
  items: readonly { customerName: string; tier: string; overdue: boolean; daysOverdue: number }[]
  /** Earlier ones (a review owed) carry their date. */
  visits: readonly { customerName: string; date: string; start: string; end: string }[]
  collectionPlans: readonly { customerName: string; dueOn: string; outstanding: number; overdue: boolean }[]
}

const TOP_ITEMS = 5
const TOP_PLANS = 3

/**
 * The lines of a digest, in the reader's language: a title, the counts, the day's visits (each at a
 * set time, so all of them), then the first few customers due and collection plans.
 */
export function digestLines(
  agenda: AgendaDigest,
  lang: Lang,
): { title: string; counts: string; items: string[] } {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(lang, key, params)
  const visits = agenda.visits.map((v) =>
    t('push.visit', {
      start: v.date === agenda.date ? v.start : `${v.date} ${v.start}`,
      end: v.end,
      name: v.customerName,
    }),
  )
  const items = agenda.items
    .slice(0, TOP_ITEMS)
    .map((i) =>
      i.overdue
        ? t('push.item_overdue', { tier: i.tier, name: i.customerName, days: i.daysOverdue })
        : t('push.item_due', { tier: i.tier, name: i.customerName }),
    )
  if (agenda.items.length > TOP_ITEMS) items.push(t('push.more', { count: agenda.items.length - TOP_ITEMS }))
  const plans = agenda.collectionPlans.slice(0, TOP_PLANS).map((p) => {
    const amount = formatMoney(p.outstanding, lang)
    return p.overdue
      ? t('push.plan_overdue', { name: p.customerName, amount, date: p.dueOn })
      : t('push.plan', { name: p.customerName, amount })
  })
  if (agenda.collectionPlans.length > TOP_PLANS)
    plans.push(t('push.more', { count: agenda.collectionPlans.length - TOP_PLANS }))
  return {
    title: t('push.title', { name: agenda.repName, date: agenda.date }),
    // The visits' count only when there are any: most mornings have none.
    counts: t(agenda.visits.length ? 'push.counts_visits' : 'push.counts', {
      visits: agenda.visits.length,
      overdue: agenda.overdue,
      due: agenda.dueToday,
      plans: agenda.collectionPlans.length,
    }),
    items: [...visits, ...items, ...plans],
  }
}

/** Slack reads `&`, `<` and `>` as markup: they are escaped as entities. */
const slackText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The body a chat webhook expects for one rep's agenda: WeCom's group robot
 * `{msgtype: 'markdown', markdown: {content}}`, DingTalk's `{msgtype: 'markdown', markdown:
 * {title, text}}` (DingTalk names the fields so), Slack's incoming webhook `{text}` in mrkdwn, or
 * the agenda object itself for `json`.
 */
export function chatMessage<A extends AgendaDigest>(kind: PushKind, agenda: A, lang: Lang): unknown {
  if (kind === 'json') return agenda
  const { title, counts, items } = digestLines(agenda, lang)
  switch (kind) {
    case 'wecom':
      return {
        msgtype: 'markdown',
        markdown: { content: [`### ${title}`, `**${counts}**`, ...items.map((i) => `> ${i}`)].join('\n') },
      }
    case 'dingtalk':
      return {
        msgtype: 'markdown',
        markdown: {
          title,
          text: [`### ${title}`, `**${counts}**`, items.map((i) => `- ${i}`).join('\n')].join('\n\n'),
        },
      }
    case 'slack':
      return {
        text: [`*${slackText(title)}*`, slackText(counts), ...items.map((i) => `• ${slackText(i)}`)].join(
          '\n',
        ),
      }
  }
}
