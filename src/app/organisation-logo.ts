import { readFile } from 'node:fs/promises'
import { AppError } from '../core/app-error'
import type { AppContext } from './context'

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' }

/**
 * The organisation's logo for its decks (ABACUS_ORG_LOGO, a PNG or JPEG file), as pptxgenjs takes
 * image data (`image/png;base64,…`); null when none is set. A set logo that cannot be read is the
 * administrator's mistake to see, not a deck silently without it.
 */
export async function organisationLogo(ctx: AppContext): Promise<string | null> {
  const path = ctx.config.organisationLogo
  if (!path) return null
  const type = TYPES[path.split('.').pop()?.toLowerCase() ?? '']
  const bytes = type ? await readFile(path).catch(() => null) : null
  if (!type || !bytes) throw new AppError('internal', 'error.deck_logo', { path })
  return `${type};base64,${bytes.toString('base64')}`
}
