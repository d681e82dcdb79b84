import type { LightMyRequestResponse } from 'fastify'
import { readZip } from './read-zip'

/**
 * All the text a response carries, whatever its form: JSON, CSV and iCalendar as they are; a
 * workbook (.xlsx) or a deck (.pptx) unzipped, every part's XML (sheets, shared strings, slides,
 * charts) joined. What a leak test searches for names it must not find.
 */
export function responseText(response: LightMyRequestResponse): string {
  const raw = response.rawPayload
  const isZip = raw.length > 4 && raw.readUInt32LE(0) === 0x04034b50
  if (!isZip) return response.body
  return [...readZip(raw).values()].map((part) => part.toString('utf8')).join('\n')
}
