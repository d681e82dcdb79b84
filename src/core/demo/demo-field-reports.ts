import { addDays, type LocalDate } from '../dates/local-date'
import { addMonthsTo, monthOf } from '../field-reports/month'
import type { Problem } from '../field-reports/problems'
import { isoWeekday } from '../follow-ups/iso-weekday'
import type { Random } from '../random/seeded-random'

/** A daily check-in of the demo: who, which day, and when it was sent (local `HH:MM`, maybe next morning). */
export type DemoCheckIn = { repKey: string; date: LocalDate; sentOn: LocalDate; sentAt: string }

/** What a rep with no follow-up that day writes (seed ⑤: the daily phone check-in). */
export const DEMO_OFFICE_WORK = [
  '整理客戶檔案，更新聯絡人資料',
  '準備下週報價單與樣品清單',
  '參加部門週會，檢討本週回款',
  '核對應收款，與財務確認對帳',
  '撰寫拜訪計劃，準備產品資料',
]

/**
 * The demo's daily check-ins over the working days (Monday–Friday) of the `days` days before
 * `today`: each rep checks in with their own habit (`share` of days) — some every day, some
 * rarely — mostly in the evening, now and then the next morning.
 */
export function demoCheckIns(
  reps: readonly { key: string; share: number }[],
  today: LocalDate,
  days: number,
  random: Random,
): DemoCheckIn[] {
  const workdays = Array.from({ length: days }, (_, i) => addDays(today, i - days)).filter(
    (d) => isoWeekday(d) <= 5,
  )
  return reps.flatMap((rep) =>
    workdays
      .filter(() => random.chance(rep.share))
      .map((date) => {
        const nextMorning = random.chance(0.15)
        const minute = nextMorning ? random.int(8 * 60, 9 * 60 + 30) : random.int(17 * 60, 20 * 60)
        const sentAt = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
        return { repKey: rep.key, date, sentOn: nextMorning ? addDays(date, 1) : date, sentAt }
      }),
  )
}

/** Problems the seed's sales manager hears, each with the solution that must come with it (seed ⑤). */
export const DEMO_PROBLEMS: readonly Problem[] = [
  {
    problem: '回款週期拉長，兩家 A 類客戶拖欠超過 60 天',
    solution: '每週一電話跟進應收款；超過 45 天由經理陪同拜訪，並暫緩新訂單出貨',
  },
  {
    problem: '競爭對手降價約 15%，中部兩家客戶詢問是否跟進',
    solution: '不直接降價：改以季度返利與免費技術培訓回應，並整理我方品質數據給採購',
  },
  {
    problem: '新品樣品不足，排不進試用',
    solution: '向總部申請每月 20 份樣品預算，優先給 A 類客戶，試用後兩週內回訪',
  },
  {
    problem: '財務數據每月底才提供，無法及時掌握客戶回款',
    solution: '請財務每半月提供明細（1–15 日、16 日–月底），業務員據此調整跟進計劃',
  },
  {
    problem: '部分 C 類客戶長期沒有跟進，有流失風險',
    solution: '每週五下午集中電話跟進 C 類客戶，超過 30 天未聯絡者列入下週排程',
  },
  {
    problem: '拜訪前準備不足，客戶提出的異議答不上來',
    solution: '每次拜訪前寫拜訪計劃：列出預計異議與應對方案，準備 FAB 資料',
  },
]

const SUMMARIES = [
  '本月以老客戶的年底備貨為主，兩家客戶增購；新客戶開發進度落後，下月加強。',
  '本月回款比上月好，但新訂單偏少；拜訪後都寫了訪後分析，改進措施大多已完成。',
  '本月重點在跟進 A 類客戶，跟進達成率提高；費用控制在承包額度內。',
]
const PLANS = [
  '拜訪所有 A 類客戶一次；開發三家新客戶；逾期應收款降到 10% 以下。',
  '完成新品試用回訪；每週至少兩次拜訪新客戶；月底前收回逾期款項。',
  '配合年終促銷，安排每位 A、B 類客戶的拜訪；整理客戶興趣話題更新檔案。',
]
const COMMENTS = [
  '應收款的方案很好，請下月報告附上進度與客戶名單。',
  '新客戶開發要再加強，下週一起討論目標客戶名單。',
  '問題與方案都很具體，照計劃執行，有困難隨時提出。',
  '同意。降價的事先不要答應客戶，等公司統一政策。',
]

export type DemoMonthlyReport = {
  repKey: string
  month: string
  status: 'draft' | 'submitted'
  summary: string
  problems: Problem[]
  nextMonthPlan: string
  /** Who comments and what, by manager key. */
  comments: { authorKey: string; body: string }[]
}

/**
 * A couple of monthly work reports (月度工作匯報): last month's, submitted by one rep of each team
 * with two or three problems each carrying its solution, commented by their manager (and one by
 * the director); a third rep's submitted and still waiting for comments; and one draft of the
 * current month.
 */
export function demoMonthlyReports(
  teams: readonly { managerKey: string; repKeys: readonly string[] }[],
  directorKey: string | null,
  today: LocalDate,
  random: Random,
): DemoMonthlyReport[] {
  const last = addMonthsTo(monthOf(today), -1)
  const problems = () => {
    const start = random.int(0, DEMO_PROBLEMS.length - 1)
    return Array.from(
      { length: random.int(2, 3) },
      (_, i) => DEMO_PROBLEMS[(start + i) % DEMO_PROBLEMS.length] as Problem,
    )
  }
  const report = (repKey: string, month: string, status: DemoMonthlyReport['status']) => ({
    repKey,
    month,
    status,
    summary: random.pick(SUMMARIES),
    problems: problems(),
    nextMonthPlan: random.pick(PLANS),
    comments: [] as { authorKey: string; body: string }[],
  })
  const reports: DemoMonthlyReport[] = []
  for (const [i, team] of teams.entries()) {
    const [first, second] = team.repKeys
    if (!first) continue
    const submitted = report(first, last, 'submitted')
    submitted.comments.push({ authorKey: team.managerKey, body: random.pick(COMMENTS) })
    if (i === 0 && directorKey)
      submitted.comments.push({ authorKey: directorKey, body: random.pick(COMMENTS) })
    reports.push(submitted)
    if (i === 0 && second) reports.push(report(second, last, 'submitted'))
    if (i === 0) reports.push(report(first, monthOf(today), 'draft'))
  }
  return reports
}
