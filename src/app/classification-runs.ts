import { AppError } from '../core/app-error'
import type { Role } from '../core/access/roles'
import {
  countRunCustomers,
  findRun,
  listRunCustomerRows,
  listRunRows,
  paretoRows,
  type RunRecord,
} from '../db/classification-history.repo'
import type {
  ClassificationRun,
  RunCustomerList,
  RunCustomersQuery,
  RunDetail,
  RunListQuery,
} from '../contracts/classification'
import type { AppContext } from './context'
import { readScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { requireActor } from './require-actor'

/**
 * Who reads the ABC history: admins and finance (everyone's customers) and managers (their team's).
 * A run's totals are the organisation's; the customers named are those the reader may see.
 */
const READERS: readonly Role[] = ['admin', 'manager', 'finance']

/** The most points a Pareto chart gets: beyond that, consecutive ranks share a bar. */
const PARETO_POINTS = 200

export const toRunDto = (r: RunRecord): ClassificationRun => ({
  ...r,
  total: r.totalMinor,
  metric: r.metric === 'collections' ? 'collections' : 'sales',
})

async function loadRun(ctx: AppContext, id: string): Promise<RunRecord> {
  const run = await findRun(ctx.db, id)
  if (!run) throw new AppError('not_found')
  return run
}

/** The kept runs, newest first. */
export async function listRuns(
  ctx: AppContext,
  query: RunListQuery,
): Promise<{ items: ClassificationRun[]; nextCursor: string | null }> {
  requireActor(ctx, READERS)
  const { rows, next } = await listRunRows(ctx.db, {
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map(toRunDto), nextCursor: next && encodeCursor(next) }
}

/** A run with its Pareto series and how many of the reader's customers moved up or down. */
export async function getRun(ctx: AppContext, id: string): Promise<RunDetail> {
  requireActor(ctx, READERS)
  const run = await loadRun(ctx, id)
  const scope = await readScope(ctx)
  const [visible, points] = await Promise.all([
    countRunCustomers(ctx.db, id, scope),
    paretoRows(ctx.db, id, scope, PARETO_POINTS),
  ])
  return {
    run: toRunDto(run),
    visible,
    pareto: points.map((p) => ({
      firstRank: p.firstRank,
      lastRank: p.lastRank,
      customers: p.customers,
      name: p.name,
      value: p.valueMinor,
      cumulativeShare: run.totalMinor > 0 ? p.cumulativeMinor / run.totalMinor : 0,
      tier: p.tier === 'A' || p.tier === 'B' ? p.tier : 'C',
    })),
  }
}

/** A run's customers the reader may see, in rank order: all, one tier, or the promotions and demotions. */
export async function listRunCustomers(
  ctx: AppContext,
  id: string,
  query: RunCustomersQuery,
): Promise<RunCustomerList> {
  requireActor(ctx, READERS)
  await loadRun(ctx, id)
  const afterRank = query.cursor ? Number(decodeCursor(query.cursor).value) : undefined
  if (afterRank !== undefined && !Number.isInteger(afterRank))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'cursor', key: 'field.invalid' }])
  const { rows, next } = await listRunCustomerRows(ctx.db, {
    runId: id,
    scope: await readScope(ctx),
    change: query.change,
    tier: query.tier,
    limit: query.limit,
    afterRank,
  })
  return {
    items: rows.map(({ valueMinor, ...row }) => ({
      ...(row as Omit<RunCustomerList['items'][number], 'value'>),
      value: valueMinor,
    })),
    nextCursor: next === null ? null : encodeCursor({ value: String(next), id }),
  }
}
