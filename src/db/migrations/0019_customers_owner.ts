import type { Kysely, Migration } from 'kysely'

// Frozen in time: customers by owner, deleted or not. Every other owner index on customers is
// partial (where deleted_at is null), so a query that scopes by the customer's owner without
// asking for live customers could not use any of them: the follow-up list of a rep (its rows
// are visible through their customer's owner) scanned all 100,000 customers per page (issue 8).
export function customersOwner(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('customers_owner').on('customers').columns(['owner_id', 'id']).execute()
    },
  }
}
