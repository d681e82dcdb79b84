import type { FormInstance } from 'antd'
import type { FieldError } from './http'

type NamePath = (string | number)[]

/** `contacts.0.email` → ['contacts', 0, 'email'], the name antd's Form.List gives that input. */
export const toNamePath = (path: string): NamePath =>
  path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))

/**
 * Puts each server-side field error under its input. Returns the errors no input shows (a field
 * the form does not have), so the caller can list them above the form instead of losing them.
 */
export function showFieldErrors(
  form: FormInstance,
  details: readonly FieldError[],
  hasField: (path: NamePath) => boolean,
): FieldError[] {
  const byPath = new Map<string, string[]>()
  const unplaced: FieldError[] = []
  for (const detail of details) {
    if (!hasField(toNamePath(detail.path))) {
      unplaced.push(detail)
      continue
    }
    byPath.set(detail.path, [...(byPath.get(detail.path) ?? []), detail.message])
  }
  form.setFields([...byPath].map(([path, errors]) => ({ name: toNamePath(path), errors })))
  return unplaced
}
