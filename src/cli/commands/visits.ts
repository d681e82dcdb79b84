import type { Command } from 'commander'
import { findActor } from '../../app/find-actor'
import { customerIdOf } from '../../app/follow-ups'
import type { AppContext } from '../../app/context'
import { finishAction, listActions, reviewVisit } from '../../app/visit-review'
import { visitMetricsReport } from '../../app/visit-metrics'
import { sweepMissedVisits } from '../../app/visit-sweep'
import { cancelVisit, checkInVisit, getVisit, listVisits, planVisit } from '../../app/visits'
import { parseInput } from '../../contracts/parse-input'
import {
  ActionDoneSchema,
  ActionListQuerySchema,
  CancelVisitSchema,
  CheckInSchema,
  PlanVisitSchema,
  ReviewVisitSchema,
  VisitListQuerySchema,
  VisitMetricsQuerySchema,
  type Visit,
} from '../../contracts/visits'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { translate } from '../../core/i18n/translate'
import { localTimeAt } from '../../core/dates/local-time'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { collect } from '../collect'
import { runAction } from '../run-action'
import { jsonFile } from '../json-file'

const word = (lang: Lang, key: string) => translate(lang, key as MessageKey)

/** A JSON file given with --file: the API's request body, which the flags add to. */
const fileBody = async (path?: string) => (path ? ((await jsonFile(path)) as Record<string, unknown>) : {})

const userIdOf = async (ctx: AppContext, email?: string) =>
  email ? (await findActor(ctx, email))?.id : undefined

/** Splits "a|b|c" into its parts, trimmed; missing parts are undefined. */
const parts = (text: string, sep: string) => text.split(sep).map((p) => p.trim())

function printVisit(lang: Lang, v: Visit) {
  say(lang, false, 'cli.visit_line', {
    date: v.startsOn,
    start: v.startTime,
    end: v.endTime,
    status: word(lang, `visitStatus.${v.status}`),
    customer: v.customerName,
    rep: v.repName,
    id: v.id,
  })
  v.objectives.forEach((o) =>
    say(lang, false, 'cli.visit_objective', {
      kind: word(lang, `objectiveKind.${o.kind}`),
      text: o.text,
      result: o.result
        ? ` → ${word(lang, `objectiveResult.${o.result}`)}${o.reason ? `（${o.reason}）` : ''}`
        : '',
    }),
  )
}

type PlanOptions = GlobalOptions & {
  customer?: string
  rep?: string
  date?: string
  start?: string
  end?: string
  place?: string
  why?: string
  contact?: string[]
  objective?: string[]
  objection?: string[]
  material?: string[]
  fab?: string[]
  file?: string
}

/**
 * `abacus visit plan --customer ID --date D --start HH:MM --end HH:MM --objective kind:text … [--fab
 * "feature|advantage|benefit"] [--objection "objection|response"] [--material T] [--why T] [--file plan.json]`
 */
async function visitPlan(options: PlanOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const body = await fileBody(options.file)
    const input = parseInput(PlanVisitSchema, {
      ...body,
      ...(options.customer && { customerId: await customerIdOf(ctx, options.customer) }),
      ...(options.rep && { repId: await userIdOf(ctx, options.rep) }),
      ...(options.date && { date: options.date }),
      ...(options.start && { startTime: options.start }),
      ...(options.end && { endTime: options.end }),
      ...(options.place && { place: options.place }),
      ...(options.why && { whyThisTime: options.why }),
      ...(options.contact?.length && { contactIds: options.contact }),
      ...(options.objective?.length && {
        objectives: options.objective.map((o) => {
          const at = o.indexOf(':')
          return at < 0 ? { kind: 'other', text: o } : { kind: o.slice(0, at).trim(), text: o.slice(at + 1) }
        }),
      }),
      ...(options.objection?.length && {
        objections: options.objection.map((o) => {
          const [objection, response] = parts(o, '|')
          return { objection, response }
        }),
      }),
      ...(options.material?.length && { materials: options.material }),
      ...(options.fab?.length && {
        fabItems: options.fab.map((f) => {
          const [a, b, c] = parts(f, '|')
          // "benefit" alone, or "feature|advantage|benefit".
          return c === undefined && b === undefined
            ? { benefit: a }
            : { feature: a, advantage: b, benefit: c }
        }),
      }),
    })
    const v = await planVisit(ctx, input)
    if (options.json) printJson(v)
    say(ctx.lang, options.json, 'cli.visit_planned', {
      customer: v.customerName,
      date: v.startsOn,
      start: v.startTime,
      end: v.endTime,
      id: v.id,
    })
  } finally {
    await database.close()
  }
}

/** `abacus visit list [--rep EMAIL] [--customer ID] [--status S] [--when upcoming|past] [--from D] [--to D]` */
async function visitList(
  options: GlobalOptions & {
    rep?: string
    customer?: string
    status?: string
    when?: string
    from?: string
    to?: string
    limit?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(VisitListQuerySchema, {
      rep: await userIdOf(ctx, options.rep),
      customer: options.customer ? await customerIdOf(ctx, options.customer) : undefined,
      status: options.status,
      when: options.when,
      from: options.from,
      to: options.to,
      limit: options.limit ?? 200,
    })
    const page = await listVisits(ctx, query)
    if (options.json) return printJson(page)
    if (page.items.length === 0) say(ctx.lang, false, 'cli.visit_none')
    for (const v of page.items)
      say(ctx.lang, false, 'cli.visit_line', {
        date: v.startsOn,
        start: v.startTime,
        end: v.endTime,
        status: word(ctx.lang, `visitStatus.${v.status}`),
        customer: v.customerName,
        rep: v.repName,
        id: v.id,
      })
  } finally {
    await database.close()
  }
}

/** `abacus visit show <id>` */
async function visitShow(id: string, options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const v = await getVisit(ctx, id)
    if (options.json) return printJson(v)
    printVisit(ctx.lang, v)
  } finally {
    await database.close()
  }
}

/** `abacus visit check-in <id> [--at ISO] [--place T]` */
async function visitCheckIn(id: string, options: GlobalOptions & { at?: string; place?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const v = await checkInVisit(ctx, id, parseInput(CheckInSchema, { at: options.at, place: options.place }))
    if (options.json) printJson(v)
    say(ctx.lang, options.json, 'cli.visit_checked_in', {
      customer: v.customerName,
      time: v.checkedInAt ? localTimeAt(new Date(v.checkedInAt), ctx.config.timeZone) : '',
    })
  } finally {
    await database.close()
  }
}

/** `abacus visit cancel <id> [--reason T]` */
async function visitCancel(id: string, options: GlobalOptions & { reason?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const { reason } = parseInput(CancelVisitSchema, { reason: options.reason })
    const v = await cancelVisit(ctx, id, reason)
    if (options.json) printJson(v)
    say(ctx.lang, options.json, 'cli.visit_cancelled', { customer: v.customerName, date: v.startsOn })
  } finally {
    await database.close()
  }
}

/**
 * `abacus visit review <id> --result 1=yes --result "2=partly:why" [--customer-view T] [--improve T]
 * [--action "text@YYYY-MM-DD"] [--issue T] [--done-action ID] [--resolve-issue ID[=how]] [--next-date D]
 * [--file review.json]`: results name objectives by their number in the plan (1, 2, …) or id.
 */
async function visitReview(
  id: string,
  options: GlobalOptions & {
    result?: string[]
    customerView?: string
    improve?: string
    action?: string[]
    issue?: string[]
    doneAction?: string[]
    resolveIssue?: string[]
    nextDate?: string
    nextStep?: string
    file?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const body = await fileBody(options.file)
    const visit = await getVisit(ctx, id)
    const objectives = options.result?.length
      ? options.result.map((r) => {
          const eq = r.indexOf('=')
          const ref = eq < 0 ? r : r.slice(0, eq)
          const value = eq < 0 ? '' : r.slice(eq + 1)
          const colon = value.indexOf(':')
          const objective = /^\d+$/.test(ref) ? visit.objectives[Number(ref) - 1] : { id: ref }
          return {
            id: objective?.id ?? ref,
            result: (colon < 0 ? value : value.slice(0, colon)).trim() || undefined,
            reason: colon < 0 ? undefined : value.slice(colon + 1),
          }
        })
      : body.objectives
    const input = parseInput(ReviewVisitSchema, {
      ...body,
      objectives: objectives ?? [],
      ...(options.customerView && { customerView: options.customerView }),
      ...(options.improve && { toImprove: options.improve }),
      ...(options.action?.length && {
        actions: options.action.map((a) => {
          const at = a.lastIndexOf('@')
          return at < 0 ? { text: a } : { text: a.slice(0, at), dueOn: a.slice(at + 1).trim() }
        }),
      }),
      ...(options.issue?.length && { issues: options.issue }),
      ...(options.doneAction?.length && { doneActions: options.doneAction }),
      ...(options.resolveIssue?.length && {
        resolveIssues: options.resolveIssue.map((r) => {
          const eq = r.indexOf('=')
          return eq < 0 ? { id: r } : { id: r.slice(0, eq), resolution: r.slice(eq + 1) }
        }),
      }),
      ...(options.nextDate && { nextDate: options.nextDate }),
      ...(options.nextStep && { nextStep: options.nextStep }),
    })
    const v = await reviewVisit(ctx, id, input)
    if (options.json) printJson(v)
    say(ctx.lang, options.json, 'cli.visit_reviewed', {
      customer: v.customerName,
      achieved: v.objectives.filter((o) => o.result === 'yes').length,
      planned: v.objectives.length,
      followUp: v.followUpId ?? '',
    })
  } finally {
    await database.close()
  }
}

/** `abacus visit actions [--rep EMAIL] [--customer ID] [--state open|done|all]` */
async function visitActions(options: GlobalOptions & { rep?: string; customer?: string; state?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(ActionListQuerySchema, {
      rep: await userIdOf(ctx, options.rep),
      customer: options.customer ? await customerIdOf(ctx, options.customer) : undefined,
      state: options.state,
    })
    const list = await listActions(ctx, query)
    if (options.json) return printJson(list)
    for (const a of list.items)
      say(ctx.lang, false, 'cli.visit_action_line', {
        due: `${a.dueOn}${a.overdue ? '!' : ' '}`,
        done: a.doneOn ?? '—',
        customer: a.customerName,
        text: a.text,
        id: a.id,
      })
  } finally {
    await database.close()
  }
}

/** `abacus visit action-done <id> [--on DATE]` */
async function visitActionDone(id: string, options: GlobalOptions & { on?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const { doneOn } = parseInput(ActionDoneSchema, { doneOn: options.on })
    const a = await finishAction(ctx, id, doneOn)
    if (options.json) printJson(a)
    say(ctx.lang, options.json, 'cli.visit_action_done', { date: a.doneOn ?? '', text: a.text })
  } finally {
    await database.close()
  }
}

/** `abacus visit metrics [--from D] [--to D] [--rep EMAIL] [--team EMAIL]` */
async function visitMetrics(
  options: GlobalOptions & { from?: string; to?: string; rep?: string; team?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(VisitMetricsQuerySchema, {
      from: options.from,
      to: options.to,
      rep: await userIdOf(ctx, options.rep),
      team: await userIdOf(ctx, options.team),
    })
    const report = await visitMetricsReport(ctx, query)
    if (options.json) return printJson(report)
    say(ctx.lang, false, 'cli.visit_metrics_head', { from: report.from, to: report.to })
    const line = (rep: string, m: (typeof report)['total']) =>
      say(ctx.lang, false, 'cli.visit_metrics_line', {
        rep,
        achieved: m.objectivesAchieved,
        planned: m.objectivesPlanned,
        partly: m.objectivesPartly,
        onTime: m.reviewsOnTime,
        reviewsDue: m.reviewsDue,
        actionsOnTime: m.actionsDoneOnTime,
        actionsDue: m.actionsDue,
      })
    for (const r of report.rows) line(r.repName, r)
    line(translate(ctx.lang, 'label.team'), report.total)
  } finally {
    await database.close()
  }
}

/** `abacus visit sweep`: marks missed the plans not checked in by their end (the server's daily run). */
async function visitSweep(options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const result = await sweepMissedVisits(ctx)
    if (options.json) printJson(result)
    say(ctx.lang, options.json, 'cli.visit_swept', { count: result.missed })
  } finally {
    await database.close()
  }
}

/** `abacus visit plan | list | show | check-in | review | cancel | actions | action-done | metrics | sweep` */
export function registerVisitCommands(program: Command): Command {
  const visit = program.command('visit').description('visits (拜訪): plan → check-in → review')
  visit
    .command('plan')
    .description('plan a visit to a customer (by id or external id)')
    .option('--customer <id>', 'customer id or external id')
    .option('--rep <email>', "the rep who visits (default: you, or the customer's owner)")
    .option('--date <date>', 'YYYY-MM-DD')
    .option('--start <time>', 'HH:MM on the organisation clock')
    .option('--end <time>', 'HH:MM')
    .option('--place <text>', 'where')
    .option('--why <text>', 'why this time')
    .option('--contact <id>', "a contact's id (repeatable)", collect)
    .option(
      '--objective <kind:text>',
      'relationship|product|sign|collect|service|other:text (repeatable)',
      collect,
    )
    .option(
      '--objection <objection|response>',
      'an anticipated objection and its response (repeatable)',
      collect,
    )
    .option('--material <text>', 'material to bring (repeatable)', collect)
    .option('--fab <feature|advantage|benefit>', 'a FAB item; the benefit is required (repeatable)', collect)
    .option('--file <plan.json>', 'the plan as the API body (flags add to it)')
    .action(runAction(visitPlan))
  visit
    .command('list')
    .description('visits you may see')
    .option('--rep <email>', 'only this rep')
    .option('--customer <id>', 'only this customer')
    .option('--status <status>', 'planned | checked_in | reviewed | missed | cancelled')
    .option('--when <when>', 'upcoming | past')
    .option('--from <date>', 'starting on or after')
    .option('--to <date>', 'starting on or before')
    .action(runAction(visitList))
  visit
    .command('show <id>')
    .description('a visit: plan, check-in, review, carried actions and issues')
    .action(runAction(visitShow))
  visit
    .command('check-in <id>')
    .description('check in: the actual start (default now) and place')
    .option('--at <instant>', 'ISO 8601 (default: now)')
    .option('--place <text>', 'where')
    .action(runAction(visitCheckIn))
  visit
    .command('review <id>')
    .description('write the review; creates the follow-up record')
    .option(
      '--result <n=yes|partly:reason|no:reason>',
      "an objective's result, by its number (repeatable)",
      collect,
    )
    .option('--customer-view <text>', "the customer's side")
    .option('--improve <text>', 'what to improve')
    .option('--action <text@YYYY-MM-DD>', 'an improvement action and its due date (repeatable)', collect)
    .option('--issue <text>', 'an open issue raised (repeatable)', collect)
    .option('--done-action <id>', 'a carried improvement action finished (repeatable)', collect)
    .option('--resolve-issue <id[=how]>', 'a carried open issue resolved (repeatable)', collect)
    .option('--next-step <text>', 'the next step')
    .option('--next-date <date>', 'the next follow-up date, YYYY-MM-DD')
    .option('--file <review.json>', 'the review as the API body (flags add to it)')
    .action(runAction(visitReview))
  visit
    .command('cancel <id>')
    .description('cancel a plan')
    .option('--reason <text>', 'why')
    .action(runAction(visitCancel))
  visit
    .command('actions')
    .description('improvement actions, due first')
    .option('--rep <email>', 'only this rep')
    .option('--customer <id>', 'only this customer')
    .option('--state <state>', 'open | done | all', 'open')
    .action(runAction(visitActions))
  visit
    .command('action-done <id>')
    .description('mark an improvement action done')
    .option('--on <date>', 'YYYY-MM-DD (default: today)')
    .action(runAction(visitActionDone))
  visit
    .command('metrics')
    .description('objectives achieved / planned, reviews within 24 h, actions done on time, per rep and team')
    .option('--from <date>', 'first day (default: this month)')
    .option('--to <date>', 'last day')
    .option('--rep <email>', 'one rep')
    .option('--team <email>', "a manager's team")
    .action(runAction(visitMetrics))
  visit
    .command('sweep')
    .description('mark missed the plans not checked in by their end (admin; the server does it daily)')
    .action(runAction(visitSweep))
  return visit
}
