import type { z } from 'zod'
import type { FieldIssue } from '../core/app-error'
import { isMessageKey } from '../core/i18n/translate'

type Issue = z.core.$ZodIssue

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  )

const join = (path: readonly PropertyKey[]) => path.map(String).join('.')

/**
 * Turns zod's issues into FieldIssues that name the field and carry a message key, so the API, the
 * CLI and the web forms all say "Email must be an email address" in the user's language rather than
 * zod's English. `input` is what was validated: a missing field reads as "required".
 */
export function fieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = join(issue.path)
    // Schemas name their own message by key (`{ error: 'field.invalid_date' }`); zod's are English.
    if (isMessageKey(issue.message)) return [{ path, key: issue.message }]
    return [toFieldIssue(issue, path, input)].flat()
  })
}

function toFieldIssue(issue: Issue, path: string, input: unknown): FieldIssue | FieldIssue[] {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { path, key: 'field.required' }
      const expected = issue.expected === 'int' ? 'integer' : issue.expected
      const known = ['string', 'number', 'integer', 'boolean', 'array', 'object'].includes(expected)
      return { path, key: 'field.invalid_type', params: { expected: known ? `@type.${expected}` : expected } }
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: join([...issue.path, key]), key: 'field.unknown' as const }))
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { path, key: 'field.empty' }
          : { path, key: 'field.too_short', params: { min: Number(issue.minimum) } }
      if (issue.origin === 'array')
        return { path, key: 'field.too_few', params: { min: Number(issue.minimum) } }
      return { path, key: 'field.too_small', params: { min: Number(issue.minimum) } }
    case 'too_big':
      if (issue.origin === 'string')
        return { path, key: 'field.too_long', params: { max: Number(issue.maximum) } }
      if (issue.origin === 'array')
        return { path, key: 'field.too_many', params: { max: Number(issue.maximum) } }
      return { path, key: 'field.too_big', params: { max: Number(issue.maximum) } }
    case 'invalid_format':
      return { path, key: issue.format === 'email' ? 'field.invalid_email' : 'field.invalid' }
    case 'invalid_value':
      return { path, key: 'field.invalid_value', params: { options: issue.values.map(String).join(', ') } }
    case 'invalid_union': {
      // A union of alternatives (e.g. an email or an empty string): report the first alternative's reason.
      const first = issue.errors[0]?.[0]
      return first
        ? toFieldIssue({ ...first, path: issue.path } as Issue, path, input)
        : { path, key: 'field.invalid' }
    }
    default:
      return { path, key: 'field.invalid' }
  }
}
