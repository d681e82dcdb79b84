import { AppError } from '../core/app-error'
import { describeIssue } from '../core/i18n/describe-issue'
import type { Lang } from '../core/i18n/lang'
import type { MessageKey } from '../core/i18n/messages.en'
import { translate, type MessageParams } from '../core/i18n/translate'

/** A message for people, in their language, on stderr when --json keeps stdout for data. */
export function say(lang: Lang, json: boolean | undefined, key: MessageKey, params?: MessageParams) {
  const text = translate(lang, key, params)
  if (json) process.stderr.write(text + '\n')
  else process.stdout.write(text + '\n')
}

export function printJson(value: unknown) {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** Prints an error in the user's language and sets the exit code: 1 for a user error. */
export function reportError(error: unknown, lang: Lang, json?: boolean): void {
  process.exitCode = 1
  if (error instanceof AppError) {
    const message = translate(lang, error.messageKey, error.params)
    const details = error.issues.map((issue) => ({ path: issue.path, message: describeIssue(lang, issue) }))
    if (json) process.stderr.write(JSON.stringify({ error: { code: error.code, message, details } }) + '\n')
    else process.stderr.write([message, ...details.map((d) => `  - ${d.message}`)].join('\n') + '\n')
    return
  }
  const message = translate(lang, 'error.internal')
  process.stderr.write(`${message}\n${error instanceof Error ? error.message : String(error)}\n`)
}
