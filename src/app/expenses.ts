import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { reportingTree } from '../core/access/reporting-tree'
import { budgetStatus } from '../core/expenses/budget-status'
import { approveExpense, canReject, type PendingExpense } from '../core/expenses/expense-flow'
import { translate } from '../core/i18n/translate'
import { formatMoney } from '../core/money/format-money'
import { writeAudit } from '../db/audit-log.repo'
import {
  findExpense,
  insertBudget,
  insertExpense,
  listBudgetRows,
  listExpenseRows,
  updateExpenseRow,
  type BudgetRecord,
  type ExpenseChanges,
  type ExpenseRecord,
} from '../db/expenses.repo'
import { findUserById, listReportingLines } from '../db/users.repo'
import type {
  BudgetView,
  CreateBudget,
  CreateExpense,
  Expense,
  ExpenseListQuery,
  UpdateExpense,
} from '../contracts/expenses'
import { inTransaction, nowIso, type AppContext } from './context'
import { ledgerScope, moneyScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { ledgerCustomer } from './orders'
import { checkVersion, versionLost } from './check-version'
import { requireActor } from './require-actor'
import { requireFreeExternalId } from './external-id'

const toDto = (e: ExpenseRecord): Expense => ({
  id: e.id,
  repId: e.repId,
  repName: e.repName,
  customerId: e.customerId,
  customerName: e.customerName,
  expenseDate: e.expenseDate,
  category: e.category as Expense['category'],
  amount: e.amountMinor,
  note: e.note,
  status: e.status as Expense['status'],
  submittedAt: e.submittedAt,
  managerApprovedBy: e.managerApprovedBy,
  decidedBy: e.decidedBy,
  decidedAt: e.decidedAt,
  rejectReason: e.rejectReason,
  version: e.version,
  createdAt: e.createdAt,
})

async function loadVisible(ctx: AppContext, id: string) {
  const expense = await findExpense(ctx.db, id)
  if (!expense || !inScope(await moneyScope(ctx), expense.repId)) throw new AppError('not_found')
  return expense
}

/** Applies a change at the version read, audits it, and returns the expense as it now is. */
async function change(tx: AppContext, before: ExpenseRecord, changes: ExpenseChanges): Promise<Expense> {
  const now = nowIso(tx)
  if (!(await updateExpenseRow(tx.db, before.id, before.version, changes, now)))
    throw versionLost(before.version)
  const after = toDto((await findExpense(tx.db, before.id)) as ExpenseRecord)
  await writeAudit(tx.db, {
    at: now,
    actorId: tx.actor?.id ?? null,
    entity: 'expense',
    entityId: before.id,
    action: 'update',
    before: toDto(before),
    after,
  })
  return after
}

/** Records an expense as a draft, for the caller or (managers, admins, finance) someone in their scope. */
export async function createExpense(ctx: AppContext, input: CreateExpense): Promise<Expense> {
  const actor = requireActor(ctx)
  const scope = await ledgerScope(ctx)
  const repId = input.repId ?? actor.id
  if (!scope || !inScope(scope, repId)) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    if (!(await findUserById(tx.db, repId)))
      throw new AppError('validation', 'error.validation', {}, [{ path: 'repId', key: 'field.invalid' }])
    if (input.customerId) await ledgerCustomer(tx, input.customerId)
    await requireFreeExternalId(tx, 'expenses', input.externalId)
    const id = newId()
    const now = nowIso(tx)
    await insertExpense(
      tx.db,
      {
        id,
        external_id: input.externalId,
        rep_id: repId,
        customer_id: input.customerId,
        expense_date: input.expenseDate,
        category: input.category,
        amount_minor: input.amount,
        note: input.note,
      },
      now,
    )
    const created = toDto((await findExpense(tx.db, id)) as ExpenseRecord)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'expense',
      entityId: id,
      action: 'create',
      before: null,
      after: created,
    })
    return created
  })
}

export async function getExpense(ctx: AppContext, id: string): Promise<Expense> {
  return toDto(await loadVisible(ctx, id))
}

/** Only a draft changes, and only by whoever may record it. */
export async function updateExpense(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateExpense,
): Promise<Expense> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisible(tx, id)
    if (!inScope(await ledgerScope(tx), before.repId)) throw new AppError('forbidden')
    checkVersion(before, version)
    if (before.status !== 'draft') throw new AppError('domain_rule', 'error.not_draft')
    if (input.customerId) await ledgerCustomer(tx, input.customerId)
    return change(tx, before, {
      customer_id: input.customerId,
      expense_date: input.expenseDate,
      category: input.category,
      amount_minor: input.amount,
      note: input.note,
    })
  })
}

/**
 * Submits a draft for approval. Over a budget it still submits, and says so (DOMAIN.md: over-budget
 * warns): the warning comes back in the caller's language.
 */
export async function submitExpense(
  ctx: AppContext,
  id: string,
  version: number,
): Promise<{ expense: Expense; warnings: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisible(tx, id)
    if (!inScope(await ledgerScope(tx), before.repId)) throw new AppError('forbidden')
    checkVersion(before, version)
    if (before.status !== 'draft') throw new AppError('domain_rule', 'error.not_draft')
    const expense = await change(tx, before, {
      status: 'submitted',
      submitted_at: nowIso(tx),
      submitted_by: requireActor(tx).id,
      reject_reason: null,
    })
    const budgets = await listBudgetRows(tx.db, {
      scope: { kind: 'all' },
      repId: before.repId,
      on: before.expenseDate,
    })
    const warnings: string[] = []
    for (const budget of budgets) {
      const view = budgetView(budget)
      if (view.over)
        warnings.push(
          translate(tx.lang, 'warning.over_budget', {
            rep: view.repName,
            spent: formatMoney(view.spent, tx.lang),
            limit: formatMoney(view.limit, tx.lang),
          }),
        )
    }
    return { expense, warnings }
  })
}

async function pendingOf(
  ctx: AppContext,
  e: ExpenseRecord,
): Promise<{ pending: PendingExpense; managesRep: boolean }> {
  const actor = requireActor(ctx)
  const lines = await listReportingLines(ctx.db)
  const rep = lines.find((l) => l.id === e.repId)
  return {
    pending: {
      status: e.status as PendingExpense['status'],
      repId: e.repId,
      submittedBy: e.submittedBy,
      amountMinor: e.amountMinor,
      managerApprovedBy: e.managerApprovedBy,
      repHasManager: Boolean(rep?.managerId),
    },
    managesRep: actor.id !== e.repId && reportingTree(lines, actor.id).includes(e.repId),
  }
}

/** One approval: the manager's, then above the limit an admin's (core/expenses/expense-flow.ts). */
export async function approveExpenseById(ctx: AppContext, id: string, version: number): Promise<Expense> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisible(tx, id)
    checkVersion(before, version)
    const { pending, managesRep } = await pendingOf(tx, before)
    const decision = approveExpense(
      pending,
      { id: actor.id, isAdmin: actor.role === 'admin', managesRep },
      tx.config.expenseAdminLimitMinor,
    )
    if (!decision.ok)
      throw new AppError(
        decision.key === 'error.expense_not_submitted' ? 'domain_rule' : 'forbidden',
        decision.key,
      )
    const final = decision.status === 'approved'
    return change(tx, before, {
      status: decision.status,
      manager_approved_by: decision.managerApprovedBy,
      ...(final ? { decided_by: actor.id, decided_at: nowIso(tx) } : {}),
    })
  })
}

export async function rejectExpense(
  ctx: AppContext,
  id: string,
  version: number,
  reason: string,
): Promise<Expense> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisible(tx, id)
    checkVersion(before, version)
    const { pending, managesRep } = await pendingOf(tx, before)
    const refused = canReject(pending, { id: actor.id, isAdmin: actor.role === 'admin', managesRep })
    if (refused)
      throw new AppError(refused === 'error.expense_not_submitted' ? 'domain_rule' : 'forbidden', refused)
    return change(tx, before, {
      status: 'rejected',
      decided_by: actor.id,
      decided_at: nowIso(tx),
      reject_reason: reason,
    })
  })
}

export async function listExpenses(ctx: AppContext, query: ExpenseListQuery) {
  const { rows, next } = await listExpenseRows(ctx.db, {
    scope: await moneyScope(ctx),
    repId: query.rep,
    status: query.status,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows.map(toDto), nextCursor: next && encodeCursor(next) }
}

function budgetView(b: BudgetRecord): BudgetView {
  const status = budgetStatus(
    { amountMinor: b.amountMinor, shareBp: b.shareBp },
    b.collectedMinor,
    b.spentMinor,
  )
  return {
    id: b.id,
    repId: b.repId,
    repName: b.repName,
    periodFrom: b.periodFrom,
    periodTo: b.periodTo,
    amount: b.amountMinor,
    shareBp: b.shareBp,
    collected: b.collectedMinor,
    limit: status.limitMinor,
    spent: status.spentMinor,
    remaining: status.remainingMinor,
    over: status.over,
  }
}

/** Sets a budget (費用承包) for a rep and period: managers for their team, admins and finance for anyone. */
export async function createBudget(ctx: AppContext, input: CreateBudget): Promise<BudgetView> {
  const actor = requireActor(ctx, ['admin', 'manager', 'finance'])
  const scope = await ledgerScope(ctx)
  if (!scope || !inScope(scope, input.repId) || input.repId === actor.id) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const rep = await findUserById(tx.db, input.repId)
    if (!rep)
      throw new AppError('validation', 'error.validation', {}, [{ path: 'repId', key: 'field.invalid' }])
    const budget = {
      id: newId(),
      repId: rep.id,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      amountMinor: input.amount ?? null,
      shareBp: input.shareBp ?? null,
    }
    const now = nowIso(tx)
    await insertBudget(tx.db, budget, now)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'expense_budget',
      entityId: budget.id,
      action: 'create',
      before: null,
      after: budget,
    })
    const [created] = await listBudgetRows(tx.db, { scope: { kind: 'all' }, id: budget.id })
    return budgetView(created as BudgetRecord)
  })
}

export async function listBudgets(ctx: AppContext, query: { rep?: string }) {
  const rows = await listBudgetRows(ctx.db, { scope: await moneyScope(ctx), repId: query.rep })
  return { items: rows.map(budgetView) }
}
