import { readFile } from 'node:fs/promises'
import { AppError } from '../core/app-error'

/** A JSON file given with --file (a request body as the API takes it), or a usage error naming it. */
export async function jsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    throw new AppError('validation', 'error.usage', { detail: `--file ${path} is not a readable JSON file` })
  }
}
