import { z } from 'zod'
import { InstantSchema } from './common'

/**
 * An archive of everything (`abacus export-all`): a gzip'd file of JSON lines. The first line is
 * this manifest; then one line per row, `[table, [values in the manifest's column order]]`, tables
 * in the manifest's order; the last line is `{"end": true, "rows": N}`, so a cut file is noticed.
 * Engine-neutral: what SQLite wrote, PostgreSQL reads, and back.
 */
export const ARCHIVE_FORMAT = 'abacus-everything'
export const ARCHIVE_FORMAT_VERSION = 1

export const ArchiveManifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  /** The last migration the source had applied… */
  schemaVersion: z.string(),
  /** … and all of them, in order: an import needs the very same list. */
  migrations: z.array(z.string()),
  engine: z.enum(['sqlite', 'postgres']),
  exportedAt: InstantSchema,
  tables: z.array(
    z.strictObject({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      rows: z.number().int().min(0),
    }),
  ),
})
export type ArchiveManifest = z.infer<typeof ArchiveManifestSchema>

export const ArchiveEndSchema = z.strictObject({ end: z.literal(true), rows: z.number().int().min(0) })

/** What `export-all` and `import-all` report: the file, and rows per table. */
export const EverythingSummarySchema = z.object({
  file: z.string(),
  bytes: z.number().int(),
  schemaVersion: z.string(),
  rows: z.number().int(),
  tables: z.record(z.string(), z.number().int()),
})
export type EverythingSummary = z.infer<typeof EverythingSummarySchema>

/** What `abacus backup` reports: the checked copy. */
export const BackupSummarySchema = z.object({
  file: z.string(),
  bytes: z.number().int(),
  integrity: z.literal('ok'),
  foreignKeyProblems: z.literal(0),
  rows: z.number().int(),
  tables: z.record(z.string(), z.number().int()),
})
export type BackupSummary = z.infer<typeof BackupSummarySchema>
