import { addDays, type LocalDate } from '../dates/local-date'
import type { Random } from '../random/seeded-random'
import type { ObjectiveKind, ObjectiveResult, VisitStatus } from '../visits/visit-status'

export type DemoVisit = {
  customerKey: string
  repKey: string
  date: LocalDate
  /** HH:MM on the organisation's clock. */
  start: string
  end: string
  place: string
  status: VisitStatus
  whyThisTime: string
  objectives: { kind: ObjectiveKind; text: string; result: ObjectiveResult | null; reason: string | null }[]
  objections: { objection: string; response: string }[]
  fabItems: { feature: string | null; advantage: string | null; benefit: string }[]
  materials: string[]
  /** Minutes after the planned start the rep checked in (null: not checked in). */
  checkInLate: number | null
  /** Hours after the end the review was written (over 24: late). */
  reviewAfterHours: number | null
  customerView: string | null
  toImprove: string | null
  actions: { text: string; dueOn: LocalDate; doneOn: LocalDate | null }[]
  issues: string[]
}

const OBJECTIVES: [ObjectiveKind, string][] = [
  ['relationship', '認識新任採購主管'],
  ['product', '介紹新型號並安排試用'],
  ['sign', '敲定年度合約條款'],
  ['collect', '收回上月貨款'],
  ['service', '了解上批貨品使用狀況'],
  ['relationship', '約老闆吃飯，聊聊明年計劃'],
  ['product', '示範節能機種'],
  ['other', '拿到下季需求預估'],
]
const REASONS = ['老闆臨時不在', '價格仍在內部評估', '對交期有疑慮', '會計說月底才付', '時間不夠，只談了一半']
const OBJECTIONS: [string, string][] = [
  ['價格比別家貴', '算給他看三年的維修與耗材成本'],
  ['現在的供應商用得好好的', '先小量試用，不影響現有產線'],
  ['交期太長', '說明現貨庫存與分批出貨'],
  ['預算已經用完', '提議明年初付款的方案'],
]
const FABS: [string | null, string | null, string][] = [
  ['不鏽鋼機身', '不生鏽、好清潔', '少換零件，每年省下維修費'],
  ['變頻馬達', '用電少三成', '電費省下來，一年就回本'],
  [null, null, '專人到場教學，新人一天就會用'],
  ['模組化設計', '壞了只換一塊', '停機時間從一天縮到一小時'],
]
const WHY = [
  '客戶年底編列明年預算',
  '上次報價已過兩週，需要追蹤',
  '新產品剛上市',
  '帳款到期，順道拜訪',
  '客戶換了採購主管',
]
const MATERIALS = ['產品型錄', '報價單', '樣品', '對帳單', '合約草稿', '成功案例簡報']
const VIEWS = [
  '客戶覺得價格偏高，但認同品質',
  '客戶很滿意服務，願意轉介紹',
  '客戶擔心交期，要我們書面保證',
  '客戶內部意見不一，要再開會',
]
const IMPROVE = ['事先確認決策者會出席', '準備更具體的成本比較表', '帶樣機現場示範', '提早約時間，避免月底忙']
const ACTIONS = ['寄送成本比較表', '安排技術人員到場', '補寄發票', '提供書面交期保證', '約老闆見面']
const ISSUES = ['保固期要求三年', '對帳差 300 元', '要求改用月結 60 天', '上批貨有兩箱包裝破損']
const SLOTS = ['09:30', '10:00', '10:30', '14:00', '14:30', '15:00', '16:00']

const plusMinutes = (hhmm: string, minutes: number) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number]
  const total = h * 60 + m + minutes
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/**
 * Visits for the demo (issue 5): for each rep, about `perRep` visits to their customers over the
 * last 45 days and the next two weeks. Past ones are mostly reviewed — some a day or more late —
 * a few missed or cancelled, one per rep checked in but not yet reviewed; reviews set improvement
 * actions, some done on time, some late, some still open (and so overdue), and raise open issues.
 * Upcoming ones are plans, first to the customers left with open actions or issues, so a plan shows
 * what it carries in. Reps differ in discipline, as in demo-follow-ups.ts.
 */
export function demoVisits(
  reps: readonly { key: string; customers: readonly string[] }[],
  today: LocalDate,
  random: Random,
  perRep = 10,
): DemoVisit[] {
  const visits: DemoVisit[] = []
  reps.forEach((rep, repIndex) => {
    if (rep.customers.length === 0) return
    const careless = repIndex % 3 === 2
    // Customers whose reviewed visits left an action or an issue open, to be planned again first.
    const carried: string[] = []
    // The last one, yesterday: checked in and its review not written yet.
    for (let i = 0; i <= perRep; i++) {
      const waiting = i === perRep
      const offset = waiting ? -1 : Math.round(-45 + (59 * i) / perRep) + random.int(0, 3)
      const date = addDays(today, offset)
      const start = random.pick(SLOTS)
      const end = plusMinutes(start, random.pick([45, 60, 90]))
      const past = offset < 0
      const objectives = Array.from({ length: random.int(1, 3) }, () => random.pick(OBJECTIVES)).map(
        ([kind, text]) => ({
          kind,
          text,
          result: null as ObjectiveResult | null,
          reason: null as string | null,
        }),
      )
      let status: VisitStatus = 'planned'
      if (waiting) status = 'checked_in'
      else if (past) {
        const roll = random.next()
        if (roll < (careless ? 0.2 : 0.07)) status = 'missed'
        else if (roll < (careless ? 0.27 : 0.12)) status = 'cancelled'
        else status = 'reviewed'
      }
      const reviewed = status === 'reviewed'
      if (reviewed)
        for (const o of objectives) {
          const roll = random.next()
          o.result = roll < 0.55 ? 'yes' : roll < 0.8 ? 'partly' : 'no'
          o.reason = o.result === 'yes' ? null : random.pick(REASONS)
        }
      const actions = reviewed
        ? Array.from({ length: random.int(0, 2) }, () => {
            const dueOn = addDays(date, random.int(3, 14))
            const roll = random.next()
            const doneOn =
              dueOn > today
                ? roll < 0.3
                  ? addDays(date, 2)
                  : null
                : roll < (careless ? 0.35 : 0.65)
                  ? addDays(dueOn, -random.int(0, 2))
                  : roll < 0.8
                    ? addDays(dueOn, random.int(1, 4))
                    : null
            return { text: random.pick(ACTIONS), dueOn, doneOn: doneOn && doneOn > today ? today : doneOn }
          })
        : []
      const issues = reviewed && random.chance(0.35) ? [random.pick(ISSUES)] : []
      const customerKey =
        status === 'planned' && carried.length > 0 ? (carried.shift() as string) : random.pick(rep.customers)
      if ((issues.length > 0 || actions.some((a) => a.doneOn === null)) && !carried.includes(customerKey))
        carried.push(customerKey)
      visits.push({
        customerKey,
        repKey: rep.key,
        date,
        start,
        end,
        place: random.pick(['客戶公司', '客戶工廠', '咖啡廳', '展示中心']),
        status,
        whyThisTime: random.pick(WHY),
        objectives,
        objections: random.chance(0.7)
          ? [random.pick(OBJECTIONS)].map(([objection, response]) => ({ objection, response }))
          : [],
        fabItems: [random.pick(FABS)].map(([feature, advantage, benefit]) => ({
          feature,
          advantage,
          benefit,
        })),
        materials: [random.pick(MATERIALS), random.pick(MATERIALS)].filter(
          (m, j, all) => all.indexOf(m) === j,
        ),
        checkInLate: status === 'checked_in' || reviewed ? random.int(-5, 15) : null,
        reviewAfterHours: reviewed
          ? random.chance(careless ? 0.5 : 0.15)
            ? random.int(26, 72)
            : random.int(1, 20)
          : null,
        customerView: reviewed ? random.pick(VIEWS) : null,
        toImprove: reviewed ? random.pick(IMPROVE) : null,
        actions,
        issues,
      })
    }
  })
  return visits
}
