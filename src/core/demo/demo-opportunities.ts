import { addDays, type LocalDate } from '../dates/local-date'
import type { LossReason } from '../opportunities/lost-reasons'
import { OPEN_STAGES, type OpenStage, type OpportunityStage } from '../opportunities/stages'
import type { Random } from '../random/seeded-random'

export type DemoStageChange = { from: OpportunityStage | null; to: OpportunityStage; on: LocalDate }

export type DemoOpportunity = {
  customerKey: string
  ownerKey: string
  title: string
  amountMinor: number
  expectedOn: LocalDate
  stage: OpportunityStage
  highestStage: OpenStage
  lostAtStage: OpenStage | null
  lossReason: LossReason | null
  lostNote: string | null
  closedOn: LocalDate | null
  /** Every stage change, oldest first; the first is the stage it was opened at. */
  history: DemoStageChange[]
}

const TITLES = [
  '年度耗材合約',
  '新產線設備',
  '門市陳列升級',
  '季度補貨',
  '品牌廣告投放',
  '員工福利採購',
  '系統維護續約',
  '試用轉正式採購',
]

/** Reasons that fit the hurdle a deal fell at: a rep not accepted, a product not, a price not. */
const REASONS: Record<OpenStage, [LossReason, string][]> = {
  person: [
    ['relationship', '窗口換人，新主管不認識我們'],
    ['timing', '客戶今年不考慮新供應商'],
  ],
  platform: [
    ['product_fit', '規格不符，需要客製'],
    ['competitor', '對手已有長期合作'],
  ],
  money: [
    ['price', '報價高出預算 15%'],
    ['budget', '預算被凍結'],
    ['no_decision', '老闆遲遲不簽'],
  ],
}

/**
 * Opportunities for three in ten of the owned, not-lost demo customers (at most `max`): half still open
 * across the three hurdles, the rest closed in the last six months — won, or lost at a hurdle with a
 * reason that fits it, a few after slipping back a hurdle — each with its stage history.
 */
export function demoOpportunities(
  customers: readonly { key: string; ownerKey: string | null; status: string }[],
  today: LocalDate,
  random: Random,
  max = 2_000,
): DemoOpportunity[] {
  const out: DemoOpportunity[] = []
  for (const c of customers) {
    if (out.length >= max) break
    if (!c.ownerKey || c.status === 'lost' || !random.chance(0.3)) continue
    const title = random.pick(TITLES)
    const amountMinor = random.int(30, 2_000) * 1_000_00
    const roll = random.next()
    if (roll < 0.5) {
      // Open: reached a hurdle, a few slipped back one.
      const highest = random.int(0, 2)
      const stage = OPEN_STAGES[highest > 0 && random.chance(0.1) ? highest - 1 : highest] as OpenStage
      const opened = addDays(today, -random.int(5, 90))
      out.push({
        customerKey: c.key,
        ownerKey: c.ownerKey,
        title,
        amountMinor,
        // Some are past their expected date: the board shows them first.
        expectedOn: addDays(today, random.chance(0.1) ? -random.int(1, 20) : random.int(5, 90)),
        stage,
        highestStage: OPEN_STAGES[highest] as OpenStage,
        lostAtStage: null,
        lossReason: null,
        lostNote: null,
        closedOn: null,
        history: climb(opened, highest, stage, today, random),
      })
      continue
    }
    const closedOn = addDays(today, -random.int(0, 180))
    const opened = addDays(closedOn, -random.int(20, 90))
    const won = roll < 0.75
    const highest = won ? 2 : random.int(0, 2)
    const lostAt = OPEN_STAGES[highest > 0 && random.chance(0.15) ? highest - 1 : highest] as OpenStage
    const [reason, note] = won ? [null, null] : random.pick(REASONS[lostAt])
    const history = climb(opened, highest, won ? 'money' : lostAt, closedOn, random)
    history.push({ from: won ? 'money' : lostAt, to: won ? 'won' : 'lost', on: closedOn })
    out.push({
      customerKey: c.key,
      ownerKey: c.ownerKey,
      title,
      amountMinor,
      expectedOn: addDays(closedOn, random.int(-15, 15)),
      stage: won ? 'won' : 'lost',
      highestStage: OPEN_STAGES[highest] as OpenStage,
      lostAtStage: won ? null : lostAt,
      lossReason: reason,
      lostNote: note,
      closedOn,
      history,
    })
  }
  return out
}

/** Opened at `person`, passed hurdle by hurdle up to `highest`, then back to `stage` if it slipped. */
function climb(
  opened: LocalDate,
  highest: number,
  stage: OpenStage,
  until: LocalDate,
  random: Random,
): DemoStageChange[] {
  const history: DemoStageChange[] = [{ from: null, to: 'person', on: opened }]
  let day = opened
  const step = () => {
    const next = addDays(day, random.int(1, 10))
    day = next < until ? next : until
    return day
  }
  for (let i = 1; i <= highest; i++)
    history.push({ from: OPEN_STAGES[i - 1] as OpenStage, to: OPEN_STAGES[i] as OpenStage, on: step() })
  const top = OPEN_STAGES[highest] as OpenStage
  if (stage !== top) history.push({ from: top, to: stage, on: step() })
  return history
}
