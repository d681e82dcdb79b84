import type { FieldIssue } from '../app-error'
import type { Lang } from './lang'
import { isMessageKey, translate } from './translate'

/** The label a person reads for a field path: `contacts.0.email` → "Contacts #1 Email". */
export function fieldLabel(lang: Lang, path: string): string {
  if (!path) return ''
  const words = path.split('.').map((segment) => {
    if (/^\d+$/.test(segment)) return `#${Number(segment) + 1}`
    const key = `label.${segment}`
    return isMessageKey(key) ? translate(lang, key) : segment
  })
  return words.join(' ')
}

/** One field issue as a sentence in `lang`. Parameters written `@key` are themselves translated. */
export function describeIssue(lang: Lang, issue: FieldIssue): string {
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => {
      const key = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : ''
      return [name, key && isMessageKey(key) ? translate(lang, key) : value]
    }),
  )
  return translate(lang, issue.key, { ...params, field: fieldLabel(lang, issue.path) })
}
