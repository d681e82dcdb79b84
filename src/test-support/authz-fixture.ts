import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { notifyUsers } from '../app/notifications'
import type { Db } from '../db/connect'
import { createTestOrg, TEST_PASSWORD, testContext } from './test-org'
import { sessionCookie } from './test-server'

/** The reps who own records: r1 and r2 in m1's team, r3 outside it (test-org.ts). */
export const OWNERS = ['r1', 'r2', 'r3'] as const
export type Owner = (typeof OWNERS)[number]

/**
 * A string planted in every text field of a record owned by `owner` (names, notes, numbers,
 * summaries): found in a response of someone who may not see that owner's records, it is a leak.
 * Upper case, so it never occurs inside an id (UUIDs are lower-case hex).
 */
export const marker = (owner: Owner) => `MK${owner.toUpperCase()}Q`

/** Who calls: a key of the matrix, and how the request carries who they are. */
export const ACTORS = [
  'admin',
  'manager',
  'rep',
  'teamRep',
  'outsideRep',
  'finance',
  'auditor',
  'disabledSession',
  'disabledToken',
  'anonymous',
] as const
export type ActorKey = (typeof ACTORS)[number]

/** The test-org user behind each actor (the disabled user r4 is a rep in m1's team). */
export const ACTOR_USER = {
  admin: 'admin',
  manager: 'm1',
  rep: 'r1',
  teamRep: 'r2',
  outsideRep: 'r3',
  finance: 'finance',
  auditor: 'auditor',
  disabledSession: 'r4',
  disabledToken: 'r4',
  anonymous: null,
} as const satisfies Record<ActorKey, string | null>

/** Records each owner has, one of each kind, in the state the routes that take them need. */
export const RECORD_KINDS = [
  'customer',
  'deletedCustomer',
  'order',
  'oldOrder',
  'collection',
  'collectionPlan',
  'expenseDraft',
  'expenseSubmitted',
  'followUp',
  'followUpLate',
  'visitPlanned',
  'visitCheckedIn',
  'visitAction',
  'opportunity',
  'monthlyDraft',
  'monthlySubmitted',
  'dailyReport',
  'slot',
  'apiToken',
  'notification',
  'importBatch',
  'assignment',
  'adjustment',
  'auditRecord',
  'calendarFile',
  'user',
] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

export type AuthzFixture = Awaited<ReturnType<typeof createAuthzFixture>>

type Call = (who: string | null, options: InjectOptions) => Promise<LightMyRequestResponse>

/** A call the fixture relies on: anything but 2xx stops the suite with the answer. */
async function must(response: LightMyRequestResponse, what: string) {
  if (response.statusCode >= 300)
    throw new Error(`fixture: ${what} answered ${response.statusCode}: ${response.body.slice(0, 500)}`)
  return response.body ? response.json() : null
}

/**
 * The matrix's organisation, made through the real API (so every body the matrix sends is one the
 * server takes): test-org.ts's people plus r4 (disabled after signing in and making a token), and
 * for each of r1, r2, r3 one record of every kind, marked with marker(owner). Shared records: a
 * pool customer, a callback-audit draw, a classification run, commission plans, a kept
 * half-month report.
 */
export async function createAuthzFixture(app: FastifyInstance, database: Db) {
  const org = await createTestOrg(database)
  const cookies = new Map<string, string>()
  const signIn = async (key: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${key}@test.tw`, password: TEST_PASSWORD },
    })
    cookies.set(key, sessionCookie(response))
  }
  const call: Call = (who, options) =>
    app.inject({
      ...options,
      headers: { ...(who ? { cookie: cookies.get(who) as string } : {}), ...(options.headers ?? {}) },
    })
  const as = async (
    who: string,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers = {},
  ) =>
    must(
      await call(who, { method, url, payload: payload as InjectOptions['payload'], headers }),
      `${method} ${url} as ${who}`,
    )

  for (const key of ['admin', 'boss', 'm1', 'r1', 'r2', 'r3', 'finance', 'auditor']) await signIn(key)
  const r4 = await as('admin', 'POST', '/api/v1/users', {
    email: 'r4@test.tw',
    name: 'R4',
    role: 'rep',
    managerId: org.users.m1.id,
    password: TEST_PASSWORD,
  })
  await signIn('r4')
  const r4Token = (await as('r4', 'POST', '/api/v1/tokens', { name: 'r4 script' })).token as string
  const r4Cookie = cookies.get('r4') as string
  const r4Feed = (await as('r4', 'POST', '/api/v1/calendar/feed')).path as string
  await as('admin', 'PATCH', `/api/v1/users/${r4.id}`, { disabled: true }, { 'if-match': `"${r4.version}"` })

  const users = { ...org.users, r4: { ...org.users.r1, id: r4.id as string, email: 'r4@test.tw' } }
  const rec = Object.fromEntries(RECORD_KINDS.map((k) => [k, {}])) as Record<
    RecordKind,
    Record<Owner, string>
  >
  const objectiveOf: Record<string, string> = {}

  const plan = await as('admin', 'POST', '/api/v1/commission/plans', {
    name: 'Standard',
    mode: 'progressive',
    brackets: [
      { from: 0, to: 10_000_000, rateBp: 300 },
      { from: 10_000_000, to: null, rateBp: 500 },
    ],
    newCustomerBonus: 10_000,
  })
  const unusedPlan = await as('admin', 'POST', '/api/v1/commission/plans', {
    name: 'Unused',
    mode: 'whole',
    brackets: [{ from: 0, to: null, rateBp: 100 }],
  })

  // The reps' names carry their markers too: a row of another rep in a team table, a statement or a
  // workbook is as much a leak as their customer.
  const people = await as('admin', 'GET', '/api/v1/users')
  for (const owner of OWNERS) {
    const person = people.items.find((u: { id: string }) => u.id === users[owner].id)
    await as(
      'admin',
      'PATCH',
      `/api/v1/users/${person.id}`,
      { name: `Rep ${marker(owner)}` },
      { 'if-match': `"${person.version}"` },
    )
  }

  for (const owner of OWNERS) {
    const m = marker(owner)
    const ownerId = users[owner].id
    rec.user[owner] = ownerId
    const customer = await as(owner, 'POST', '/api/v1/customers', {
      name: `Customer ${m}`,
      companyName: `Company ${m}`,
      status: 'active',
      region: `Region ${m}`,
      notes: `Notes ${m}`,
      tags: [`tag${m}`],
      contacts: [{ name: `Contact ${m}`, phone: '0912-000-000', notes: `Contact notes ${m}` }],
    })
    rec.customer[owner] = customer.id
    const doomed = await as(owner, 'POST', '/api/v1/customers', { name: `Deleted ${m}`, status: 'active' })
    await as('admin', 'DELETE', `/api/v1/customers/${doomed.id}`)
    rec.deletedCustomer[owner] = doomed.id
    await as('admin', 'PUT', `/api/v1/customers/${customer.id}/tier-override`, {
      tier: 'A',
      reason: `Key ${m}`,
    })

    rec.oldOrder[owner] = (
      await as(owner, 'POST', '/api/v1/orders', {
        number: `OLD-${m}`,
        customerId: customer.id,
        orderDate: '2025-06-10',
        total: 70_000,
        note: `Old order ${m}`,
      })
    ).id
    const order = await as(owner, 'POST', '/api/v1/orders', {
      number: `SO-${m}`,
      customerId: customer.id,
      orderDate: '2026-11-05',
      total: 100_000,
      note: `Order note ${m}`,
    })
    rec.order[owner] = order.id
    rec.collection[owner] = (
      await as(owner, 'POST', '/api/v1/collections', {
        customerId: customer.id,
        orderId: order.id,
        collectedOn: '2026-11-12',
        amount: 40_000,
        note: `Collection ${m}`,
      })
    ).id
    rec.collectionPlan[owner] = (
      await as(owner, 'POST', '/api/v1/collection-plans', {
        customerId: customer.id,
        orderId: order.id,
        dueOn: '2026-11-20',
        amount: 60_000,
        note: `Plan ${m}`,
      })
    ).id
    const expense = (note: string) =>
      as(owner, 'POST', '/api/v1/expenses', {
        customerId: customer.id,
        expenseDate: '2026-11-06',
        category: 'travel',
        amount: 1_200,
        note: `${note} ${m}`,
      })
    rec.expenseDraft[owner] = (await expense('Draft')).id
    const submitted = await expense('Submitted')
    await as(owner, 'POST', `/api/v1/expenses/${submitted.id}/submit`, undefined, {
      'if-match': `"${submitted.version}"`,
    })
    rec.expenseSubmitted[owner] = submitted.id
    await as('admin', 'POST', '/api/v1/expense-budgets', {
      repId: ownerId,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      amount: 500_000,
    })

    rec.followUp[owner] = (
      await as(owner, 'POST', '/api/v1/follow-ups', {
        customerId: customer.id,
        happenedAt: '2026-11-20T02:00:00Z',
        channel: 'phone',
        summary: `Follow-up ${m}`,
        outcome: `Outcome ${m}`,
        nextDate: '2026-11-25',
      })
    ).id
    const visit = (date: string, startTime: string, endTime: string, what: string) =>
      as(owner, 'POST', '/api/v1/visits', {
        customerId: customer.id,
        date,
        startTime,
        endTime,
        place: `Place ${what} ${m}`,
        whyThisTime: `Why ${m}`,
        objectives: [{ kind: 'product', text: `Objective ${what} ${m}` }],
        objections: [{ objection: `Objection ${m}`, response: `Response ${m}` }],
        materials: [`Brochure ${m}`],
        fabItems: [{ benefit: `Benefit ${m}` }],
      })
    rec.visitPlanned[owner] = (await visit('2026-11-30', '10:00', '11:00', 'planned')).id
    const checkedIn = async (what: string) => {
      const v = await visit('2026-11-27', '09:00', '12:00', what)
      await as(owner, 'POST', `/api/v1/visits/${v.id}/check-in`, {
        at: '2026-11-27T01:30:00Z',
        place: `Lobby ${m}`,
      })
      objectiveOf[v.id] = v.objectives[0].id
      return v
    }
    rec.visitCheckedIn[owner] = (await checkedIn('checked')).id
    const reviewed = await checkedIn('reviewed')
    const review = await as(owner, 'POST', `/api/v1/visits/${reviewed.id}/review`, {
      objectives: [{ id: objectiveOf[reviewed.id], result: 'partly', reason: `Reason ${m}` }],
      customerView: `View ${m}`,
      toImprove: `Improve ${m}`,
      actions: [{ text: `Action ${m}`, dueOn: '2026-12-05' }],
      issues: [`Issue ${m}`],
    })
    rec.visitAction[owner] = review.actions[0].id
    rec.opportunity[owner] = (
      await as(owner, 'POST', '/api/v1/opportunities', {
        customerId: customer.id,
        title: `Deal ${m}`,
        amount: 250_000,
        expectedOn: '2026-12-15',
        note: `Deal note ${m}`,
      })
    ).id
    rec.monthlyDraft[owner] = (
      await as(owner, 'POST', '/api/v1/monthly-reports', {
        month: '2026-11',
        summary: `Summary ${m}`,
        problems: [{ problem: `Problem ${m}`, solution: `Solution ${m}` }],
        nextMonthPlan: `Next ${m}`,
      })
    ).id
    const october = await as(owner, 'POST', '/api/v1/monthly-reports', {
      month: '2026-10',
      summary: `October ${m}`,
      problems: [{ problem: `Old problem ${m}`, solution: `Old solution ${m}` }],
    })
    await as(owner, 'POST', `/api/v1/monthly-reports/${october.id}/submit`, undefined, {
      'if-match': `"${october.version}"`,
    })
    rec.monthlySubmitted[owner] = october.id
    rec.dailyReport[owner] = (
      await as(owner, 'POST', '/api/v1/daily-reports', {
        date: '2026-11-26',
        done: `Done ${m}`,
        plan: `Plan ${m}`,
      })
    ).id
    rec.slot[owner] = (
      await as(owner, 'POST', '/api/v1/schedule/slots', {
        customerId: customer.id,
        date: '2026-12-01',
        start: '14:00',
        end: '15:00',
      })
    ).id
    rec.apiToken[owner] = (await as(owner, 'POST', '/api/v1/tokens', { name: `Token ${m}` })).id
    rec.calendarFile[owner] = (await as(owner, 'POST', '/api/v1/calendar/feed')).path
    await as(owner, 'PUT', '/api/v1/reports/year-end/texts', {
      year: 2026,
      positive: `Positive ${m}`,
      negative: `Negative ${m}`,
      problems: `Problems ${m}`,
      plan: `Plan ${m}`,
    })
    const imported = await as(
      owner,
      'POST',
      `/api/v1/imports/customers?name=${owner}.csv`,
      `name,notes\nImported ${m},Imported notes ${m}\n`,
      { 'content-type': 'text/csv' },
    )
    rec.importBatch[owner] = imported.batchId
    rec.assignment[owner] = (
      await as('admin', 'POST', '/api/v1/commission/assignments', {
        repId: ownerId,
        planId: plan.id,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
      })
    ).id
    rec.adjustment[owner] = (
      await as('finance', 'POST', '/api/v1/commission/adjustments', {
        repId: ownerId,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        amount: 5_000,
        reason: `Adjustment ${m}`,
      })
    ).id
  }

  // Notifications are personal: one for each owner, about their own record.
  for (const owner of OWNERS)
    await notifyUsers(testContext(database, users[owner]), [users[owner].id], 'callback_audit_discrepancy', {
      drawId: 'none',
      recordId: rec.followUp[owner],
      customerName: `Customer ${marker(owner)}`,
      repName: owner.toUpperCase(),
      recordOn: '2026-11-20',
      calledOn: '2026-11-26',
      note: `Notice ${marker(owner)}`,
    })
  const notifications = await sql<{
    id: string
    user_id: string
  }>`SELECT id, user_id FROM notifications`.execute(database.db)
  for (const owner of OWNERS)
    rec.notification[owner] = notifications.rows.find((n) => n.user_id === users[owner].id)?.id as string

  // Everyone who may be asked to stop a feed has one.
  for (const key of ['admin', 'm1', 'finance', 'auditor']) await as(key, 'POST', '/api/v1/calendar/feed')

  const poolCustomer = await as('admin', 'POST', '/api/v1/customers', {
    name: 'Pool customer MKPOOLQ',
    status: 'prospect',
    ownerId: null,
  })
  const run = await as('admin', 'POST', '/api/v1/classification/runs', {})
  const draw = await as('auditor', 'POST', '/api/v1/callback-audits/draws', {
    from: '2026-11-01',
    to: '2026-11-30',
    sampleShare: 1,
    seed: 7,
  })
  // A follow-up after the draw: one no audit sampled, so it may be deleted.
  for (const owner of OWNERS)
    rec.followUpLate[owner] = (
      await as(owner, 'POST', '/api/v1/follow-ups', {
        customerId: rec.customer[owner],
        happenedAt: '2026-11-26T03:00:00Z',
        channel: 'message',
        summary: `Late follow-up ${marker(owner)}`,
      })
    ).id
  const items = await as('auditor', 'GET', `/api/v1/callback-audits/draws/${draw.id}/items`)
  for (const owner of OWNERS) {
    const item = items.items.find((i: { repId: string }) => i.repId === users[owner].id)
    if (!item) throw new Error(`fixture: the draw sampled nothing of ${owner}`)
    rec.auditRecord[owner] = item.recordId
  }
  // One result already recorded for r1 and r3, so managers and reps have recorded results to read.
  const auditVersion: Partial<Record<Owner, string>> = {}
  for (const owner of ['r1', 'r3'] as const) {
    const item = await as(
      'auditor',
      'PUT',
      `/api/v1/callback-audits/draws/${draw.id}/results/${rec.auditRecord[owner]}`,
      {
        result: 'discrepancy',
        satisfaction: 2,
        note: `Call note ${marker(owner)}`,
      },
    )
    auditVersion[owner] = `"${item.version}"`
  }
  await as('admin', 'POST', '/api/v1/reports/half-month/2026-11-1/generate')
  const policy = await as('admin', 'GET', '/api/v1/settings/follow-up-policy')

  const versions = new Map<string, number>()
  for (const table of [
    'customers',
    'orders',
    'collections',
    'collection_plans',
    'follow_ups',
    'expenses',
    'visits',
    'opportunities',
    'monthly_reports',
    'users',
    'planned_follow_ups',
    'commission_plans',
    'commission_assignments',
    'commission_adjustments',
  ] as const) {
    const rows = await sql<{
      id: string
      version: number
    }>`SELECT id, version FROM ${sql.table(table)}`.execute(database.db)
    for (const row of rows.rows) versions.set(row.id, Number(row.version))
  }

  return {
    org,
    users,
    rec,
    objectiveOf,
    cookies,
    r4: { cookie: r4Cookie, token: r4Token, feed: r4Feed },
    poolCustomer: poolCustomer.id as string,
    run: run.id as string,
    draw: draw.id as string,
    plan: plan.id as string,
    unusedPlan: unusedPlan.id as string,
    policy,
    /** The If-Match of a sampled record whose result is already recorded (r1's and r3's). */
    auditVersion,
    /** The version of a record as the fixture left it: what If-Match carries. */
    version: (id: string) => {
      const v = versions.get(id)
      if (v === undefined) throw new Error(`fixture: no version for ${id}`)
      return `"${v}"`
    },
  }
}
