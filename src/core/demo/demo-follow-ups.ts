import { addDays, type LocalDate } from '../dates/local-date'
import type { FollowUpChannel } from '../follow-ups/channels'
import type { Random } from '../random/seeded-random'

export type DemoFollowUp = {
  customerKey: string
  repKey: string
  happenedOn: LocalDate
  /** Minutes after local midnight. */
  minute: number
  channel: FollowUpChannel
  durationMinutes: number
  summary: string
  outcome: string | null
  nextDate: LocalDate | null
}

/** How closely each rep keeps the cadence: the gap is the interval times a factor drawn from this range. */
const DISCIPLINE: [number, number][] = [
  [0.6, 1.0], // keeps every customer inside its interval
  [0.7, 1.6], // mostly on time, slips now and then
  [1.0, 3.2], // follows up when someone remembers
]

/** How likely each discipline keeps a next date it set, in DISCIPLINE's order. */
const KEEPS_PROMISE = [1, 0.5, 0]

const CHANNELS: [FollowUpChannel, number, number][] = [
  ['phone', 45, 10],
  ['message', 20, 3],
  ['visit', 15, 60],
  ['email', 10, 5],
  ['meeting', 5, 45],
  ['meal', 5, 90],
]

const TALKS: [string, string | null][] = [
  ['確認下季需求與交期', '客戶預計下月追加訂單'],
  ['報價追蹤', '價格仍在內部評估'],
  ['介紹新產品規格', '要求寄送樣品'],
  ['討論回款進度', '承諾月底前匯款'],
  ['關心上批貨品使用狀況', '使用順利，無客訴'],
  ['邀請參加展會', null],
  ['處理品質問題回饋', '已安排技術人員到場'],
  ['閒聊近況，聊到孩子升學', null],
  ['年度合約續約洽談', '原則同意續約'],
]

/**
 * Follow-up histories for the demo customers over the last 180 days, with realistic gaps: each rep
 * has a discipline (the reps in `discipline` order cycle through disciplined, average and
 * careless), each customer an interval by its size (the largest ones weekly). Lost customers get
 * none; some follow-ups set a next date a few days on, which the disciplined keep. Nothing later than `nowMinute` (minutes after
 * local midnight) on `today`: a follow-up that has not happened yet is not in anyone's history.
 */
export function demoFollowUps(
  customers: readonly { key: string; ownerKey: string | null; status: string; interval: number }[],
  repKeys: readonly string[],
  today: LocalDate,
  nowMinute: number,
  random: Random,
): DemoFollowUp[] {
  const weights = CHANNELS.reduce((sum, [, w]) => sum + w, 0)
  const channel = () => {
    let roll = random.next() * weights
    for (const c of CHANNELS) if ((roll -= c[1]) < 0) return c
    return CHANNELS[0] as (typeof CHANNELS)[number]
  }
  const out: DemoFollowUp[] = []
  for (const c of customers) {
    if (!c.ownerKey || c.status === 'lost') continue
    const rank = repKeys.indexOf(c.ownerKey)
    const discipline = (rank < 0 ? 1 : rank) % DISCIPLINE.length
    const [low, high] = DISCIPLINE[discipline] as [number, number]
    let day = addDays(today, -180 + random.int(0, c.interval))
    while (day <= today) {
      const [kind, , minutes] = channel()
      const [summary, outcome] = random.pick(TALKS)
      const minute = random.int(9 * 60, 18 * 60)
      const nextDate = random.chance(0.3) ? addDays(day, random.int(2, 10)) : null
      let next = addDays(day, Math.max(1, Math.round(c.interval * (low + random.next() * (high - low)))))
      // A next date said is a promise: the disciplined keep it, the average half the time, the
      // careless forget it — otherwise even the disciplined would show as overdue on it.
      if (nextDate && nextDate < next && random.chance(KEEPS_PROMISE[discipline] ?? 0)) next = nextDate
      if (day < today || minute <= nowMinute)
        out.push({
          customerKey: c.key,
          repKey: c.ownerKey,
          happenedOn: day,
          minute,
          channel: kind,
          durationMinutes: Math.max(1, Math.round(minutes * (0.5 + random.next()))),
          summary,
          outcome,
          nextDate,
        })
      day = next
    }
  }
  return out
}
