/**
 * One database value as an archive of everything holds it: JSON, exact on both engines. Text,
 * finite numbers (integers up to 2^53 − 1, as the drivers give them — db/connect.ts), booleans and
 * null are themselves; bytes and big integers, which JSON cannot hold, are tagged objects. Every
 * column value is a scalar, so an object in the archive is always a tag.
 */
export type DbValue = string | number | boolean | null | bigint | Uint8Array

export type ArchiveValue = string | number | boolean | null | { $bytes: string } | { $bigint: string }

export class ArchiveValueError extends Error {}

export function encodeValue(value: unknown): ArchiveValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    // JSON has no NaN or ±Infinity, and would write −0 as 0: refuse rather than change a value.
    if (!Number.isFinite(value) || Object.is(value, -0))
      throw new ArchiveValueError(`cannot archive the number ${String(value)}`)
    return value
  }
  if (typeof value === 'bigint') return { $bigint: value.toString() }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') }
  throw new ArchiveValueError(`cannot archive a value of type ${typeof value}`)
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function decodeValue(value: unknown): DbValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value)
    if (entries.length === 1) {
      const [tag, text] = entries[0] as [string, unknown]
      if (tag === '$bigint' && typeof text === 'string' && /^-?\d+$/.test(text)) return BigInt(text)
      if (tag === '$bytes' && typeof text === 'string' && text.length % 4 === 0 && BASE64.test(text))
        return new Uint8Array(Buffer.from(text, 'base64'))
    }
  }
  throw new ArchiveValueError(`not an archived value: ${JSON.stringify(value)?.slice(0, 80)}`)
}
