import { AppError } from '../core/app-error'

/** An opaque page cursor: the sort value and id of the last row shown. */
export const encodeCursor = (after: { value: string; id: string }) =>
  Buffer.from(JSON.stringify([after.value, after.id])).toString('base64url')

export function decodeCursor(cursor: string): { value: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string'))
      return { value: parsed[0] as string, id: parsed[1] as string }
  } catch {
    // fall through to the validation error
  }
  throw new AppError('validation', 'error.validation', {}, [{ path: 'cursor', key: 'field.invalid' }])
}
