import type { SavedYearEndTexts, SaveYearEndTexts, YearEndOutline } from '../../../contracts/year-end'
import type { Lang } from '../../../core/i18n/lang'
import { currentLang } from '../../i18n/i18n'
import { API_BASE, http, HttpError } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type YearEndQuery = { year: number; scope: string; lang: Lang }

export const fetchOutline = (query: YearEndQuery) =>
  http<YearEndOutline>('GET', `/reports/year-end/outline${queryString(query)}`)

export const saveTexts = (body: SaveYearEndTexts) =>
  http<SavedYearEndTexts>('PUT', '/reports/year-end/texts', { body })

/**
 * The deck's file, fetched (not followed as a link) so a refusal shows as a message on the page;
 * then handed to the browser as a download named by the server.
 */
export async function downloadDeck(query: YearEndQuery): Promise<void> {
  const response = await fetch(`${API_BASE}/reports/year-end${queryString(query)}`, {
    credentials: 'same-origin',
    // Errors in the reader's language; the deck in the one chosen (`lang`).
    headers: { 'Accept-Language': currentLang() },
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string }
    } | null
    throw new HttpError(
      response.status,
      body?.error?.code ?? 'internal',
      body?.error?.message ?? response.statusText,
    )
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'year-end.pptx'
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The outline is per year, scope and language; the texts in it change when saved. */
export const yearEndKeys = {
  all: ['year-end'] as const,
  outline: (query: YearEndQuery) => ['year-end', 'outline', query] as const,
}
