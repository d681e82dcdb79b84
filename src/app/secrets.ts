import { createHash, randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

/** A random secret for a cookie or an API token, and the hash that is stored instead of it. */
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url')
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

export const hashPassword = (password: string) => hash(password)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** A hash no password matches, verified against for unknown emails so timing does not tell who exists. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0mK2YyVhQrnhZc0e/k8oX5T3S8kH8gJ8u1mW6J3yb0I'
