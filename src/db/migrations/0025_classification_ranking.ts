import type { Kysely, Migration } from 'kysely'

// Frozen in time: a run's whole ranking becomes one text on the run (db/run-ranking.ts has the
// format), and `classification_results` keeps only the customers whose tier differs from the one
// they had before the run (or had none) — the history. Writing 100,000 result rows per run cost
// more than the run's aggregate query (issue 4's benchmark). Existing runs are converted here, a run
// at a time, with the format written out again so later changes to db/ cannot alter this step.
export function classificationRanking(): Migration {
  return {
    // One transaction, whatever the engine: Kysely's migrator opens none on SQLite (it counts its
    // DDL as not transactional, though SQLite's is), and a conversion cut off halfway would leave
    // runs without rows and without a ranking, and the column there for a second try to stop on.
    async up(db: Kysely<any>) {
      if (db.isTransaction) await convert(db)
      else await db.transaction().execute(convert)
    },
  }
}

async function convert(db: Kysely<any>) {
  await db.schema.alterTable('classification_runs').addColumn('ranking', 'text').execute()
  const runs = await db.selectFrom('classification_runs').select('id').execute()
  for (const { id } of runs) {
    const rows = await db
      .selectFrom('classification_results')
      .select(['customer_id', 'rank', 'value_minor', 'tier'])
      .where('run_id', '=', id)
      .orderBy('rank')
      .execute()
    const lines = rows.map((r) => `${r.customer_id}\t${r.rank}\t${Number(r.value_minor)}\t${r.tier}`)
    await db
      .updateTable('classification_runs')
      .set({ ranking: lines.length === 0 ? '' : `\n${lines.join('\n')}\n` })
      .where('id', '=', id)
      .execute()
    await db
      .deleteFrom('classification_results')
      .where('run_id', '=', id)
      .where('previous_tier', 'is not', null)
      .whereRef('previous_tier', '=', 'tier')
      .execute()
  }
}
