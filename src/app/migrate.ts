import type { Db } from '../db/connect'
import { migrateToLatest } from '../db/migrate'

/** Brings the schema up to date (at `abacus migrate` and at every server start). */
export const migrate = (database: Db): Promise<number> => migrateToLatest(database)
