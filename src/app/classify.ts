import { newId } from './new-id'
import { abcWindow } from '../core/follow-ups/abc-window'
import { classifyAbc, type Classified } from '../core/follow-ups/classify-abc'
import { effectiveTier, isTier, type Tier } from '../core/follow-ups/tier'
import { tierChange } from '../core/follow-ups/tier-change'
import { localDateAt } from '../core/dates/local-date'
import { AppError } from '../core/app-error'
import {
  applyRunTiers,
  insertRun,
  metricPerCustomer,
  runsByAsOf,
  tiersOfRun,
  type NewResult,
} from '../db/classification.repo'
import { ClassifyBodySchema, type ClassificationRun } from '../contracts/classification'
import { parseInput } from '../contracts/parse-input'
import { inTransaction, nowIso, type AppContext } from './context'
import { loadPolicy } from './follow-up-policy'
import { requireActor } from './require-actor'

export type ClassifiedCustomer = {
  id: string
  externalId: string | null
  name: string
  value: number
  tier: Tier
  effectiveTier: Tier
}

export type ClassifyOutcome = {
  run: ClassificationRun
  customers: ClassifiedCustomer[]
  /** How many customers this run moved up or down from the tier they had. */
  promoted: number
  demoted: number
  /**
   * Whether the customers took this run's tiers: not when a run as of a later day exists — this
   * one is then history, compared with the run before it by as-of date.
   */
  current: boolean
}

const asTier = (value: string | null): Tier | null => (isTier(value) ? value : null)

/**
 * An ABC run (DOMAIN.md "ABC classification"), organisation-wide, so an admin's to make: the metric
 * of every live customer over the policy's window ending on `asOf` (default today in the
 * organisation, never later: orders still to come would count as none), summed in SQL in one
 * query; the rule applied in core; then in one transaction the run, every customer's result with
 * the tier it had before, and the customers whose tier changed. A run as of an earlier day than the
 * current one fills in history: "before" is the run before it by as-of date, and the customers keep
 * their current tiers. Customers come back in rank order.
 */
export async function classify(ctx: AppContext, input: unknown = {}): Promise<ClassifyOutcome> {
  const actor = requireActor(ctx, ['admin'])
  const { asOf: given } = parseInput(ClassifyBodySchema, input)
  const today = localDateAt(ctx.now(), ctx.config.timeZone)
  const asOf = given ?? today
  if (asOf > today)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'asOf', key: 'field.as_of_in_future' }])
  const { abc } = await loadPolicy(ctx)
  const { from, to } = abcWindow(asOf, abc.windowMonths)
  return inTransaction(ctx, async (tx) => {
    const currentRun = await runsByAsOf(tx.db).limit(1).executeTakeFirst()
    const current = currentRun === undefined || currentRun.as_of <= asOf
    const runBefore = current
      ? undefined
      : await runsByAsOf(tx.db).where('as_of', '<=', asOf).limit(1).executeTakeFirst()
    const tiersBefore = current
      ? null
      : runBefore
        ? await tiersOfRun(tx.db, runBefore.id)
        : new Map<string, string>()
    const rows = await metricPerCustomer(tx.db, { metric: abc.metric, from, to })
    const result = classifyAbc(rows, { a: abc.shareA, b: abc.shareB })
    const ranked = new Map(result.customers.map((c) => [c.id, c]))
    const run: ClassificationRun = {
      id: newId(),
      asOf,
      from,
      to,
      metric: abc.metric,
      shareA: abc.shareA,
      shareB: abc.shareB,
      total: result.total,
      counts: result.counts,
      actorId: actor.id,
      actorName: actor.name,
      createdAt: nowIso(tx),
    }
    const changes = { promoted: 0, demoted: 0 }
    const customers = new Array<ClassifiedCustomer>(rows.length)
    // One pass in the rows' order — about the customers' id order, which insertRun wants (a sort of
    // 100,000 ids in rank order cost more than the rule itself); `customers` is filled by rank.
    const results = rows.map((row): NewResult => {
      const c = ranked.get(row.id) as Classified
      const previousTier = asTier(tiersBefore ? (tiersBefore.get(row.id) ?? null) : row.tier)
      const change = tierChange(previousTier, c.tier)
      if (change) changes[change] += 1
      const override = { tier: asTier(row.tierOverride), until: row.tierOverrideUntil }
      customers[c.rank - 1] = {
        id: row.id,
        externalId: row.externalId,
        name: row.name,
        value: c.value,
        tier: c.tier,
        effectiveTier: effectiveTier(c.tier, override, today),
      }
      return { customerId: row.id, rank: c.rank, valueMinor: c.value, tier: c.tier, previousTier }
    })
    await insertRun(tx.db, { ...run, totalMinor: run.total }, results)
    if (current) await applyRunTiers(tx.db, run.id)
    return { run, customers, ...changes, current }
  })
}
