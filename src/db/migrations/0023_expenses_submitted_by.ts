import type { Kysely, Migration } from 'kysely'

// Frozen in time: who submitted an expense. A manager may enter and submit an expense for a rep of
// theirs; without knowing who submitted it, that manager could also approve it — approving their
// own submission (DOMAIN.md: nobody approves their own). Null for expenses submitted before.
export function expensesSubmittedBy(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('expenses').addColumn('submitted_by', 'text').execute()
    },
  }
}
