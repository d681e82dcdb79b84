import type { Kysely } from 'kysely'
import type { Database } from './schema'

export type YearEndTexts = { positive: string; negative: string; problems: string; plan: string }

export type YearEndTextRecord = YearEndTexts & {
  id: string
  year: number
  scope: string
  authorId: string
  version: number
  createdAt: string
  updatedAt: string
}

export async function findYearEndTexts(
  db: Kysely<Database>,
  key: { year: number; scope: string; authorId: string },
): Promise<YearEndTextRecord | null> {
  const row = await db
    .selectFrom('year_end_texts')
    .selectAll()
    .where('year', '=', key.year)
    .where('scope', '=', key.scope)
    .where('author_id', '=', key.authorId)
    .executeTakeFirst()
  return row
    ? {
        id: row.id,
        year: Number(row.year),
        scope: row.scope,
        authorId: row.author_id,
        positive: row.positive,
        negative: row.negative,
        problems: row.problems,
        plan: row.plan,
        version: Number(row.version),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }
    : null
}

export async function insertYearEndTexts(db: Kysely<Database>, record: YearEndTextRecord): Promise<void> {
  await db
    .insertInto('year_end_texts')
    .values({
      id: record.id,
      year: record.year,
      scope: record.scope,
      author_id: record.authorId,
      positive: record.positive,
      negative: record.negative,
      problems: record.problems,
      plan: record.plan,
      version: record.version,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
    })
    .execute()
}

/** Rewrites the texts when the row is still at `version`; false when someone saved first. */
export async function updateYearEndTexts(
  db: Kysely<Database>,
  id: string,
  version: number,
  texts: YearEndTexts,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('year_end_texts')
    .set({ ...texts, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
