import type { Kysely, Migration } from 'kysely'

// Frozen in time: a run's customers are read in rank order (the Pareto chart, its pages); without
// this index one page of a 100,000-customer run sorted the whole run (~0.5 s).
export function classificationRank(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('classification_results_rank')
        .on('classification_results')
        .columns(['run_id', 'rank'])
        .execute()
    },
  }
}
