import type { BinKind } from '../core/recycle-bin/bin-kinds'
import { findCollection } from '../db/collections.repo'
import { findCustomer } from '../db/customers.repo'
import { findExpense } from '../db/expenses.repo'
import { findFollowUp } from '../db/follow-ups.repo'
import { findOrder } from '../db/orders.repo'
import type { AppContext } from './context'
import { toOrderDto } from './orders'

/**
 * A live record as its audit rows keep it (before a delete, after a restore): what its own reads
 * return. A collection plan has no read of one; its row is the record.
 */
export async function bookkeepingSnapshot(
  ctx: AppContext,
  kind: BinKind,
  id: string,
): Promise<object | null> {
  switch (kind) {
    case 'customer':
      return (await findCustomer(ctx.db, id)) ?? null
    case 'order': {
      const order = await findOrder(ctx.db, id)
      return order ? toOrderDto(order) : null
    }
    case 'collection':
      return (await findCollection(ctx.db, id)) ?? null
    case 'collection_plan':
      return (
        (await ctx.db
          .selectFrom('collection_plans')
          .select(['id', 'customer_id', 'order_id', 'owner_id', 'due_on', 'amount_minor', 'note'])
          .where('id', '=', id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()) ?? null
      )
    case 'expense':
      return (await findExpense(ctx.db, id)) ?? null
    case 'follow_up':
      return (await findFollowUp(ctx.db, id)) ?? null
  }
}
