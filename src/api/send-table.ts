import { PassThrough } from 'node:stream'
import type { FastifyReply } from 'fastify'
import type { ExportTable } from '../app/export-table'
import { tableToCsv } from '../reports/table-csv'
import { writeTableXlsx } from '../reports/table-xlsx'

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Streams a table to the client as a CSV or XLSX download. */
export function sendTable(reply: FastifyReply, table: ExportTable, format: ExportFormat, name: string) {
  const body = new PassThrough()
  if (format === 'csv') {
    ;(async () => {
      for await (const chunk of tableToCsv(table))
        if (!body.write(chunk)) await new Promise((r) => body.once('drain', r))
      body.end()
    })().catch((error: unknown) => body.destroy(error as Error))
    reply.header('content-type', 'text/csv; charset=utf-8')
  } else {
    writeTableXlsx(table, body, name).catch((error: unknown) => body.destroy(error as Error))
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  }
  return reply.header('content-disposition', `attachment; filename="${name}.${format}"`).send(body)
}
