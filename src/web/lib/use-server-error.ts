import { useState } from 'react'
import type { FormInstance } from 'antd'
import { showFieldErrors, toNamePath } from './form-errors'
import { isHttpError, type FieldError } from './http'

export type ServerProblem = { status: number; message: string; unplaced: FieldError[] }

/**
 * Keeps the last failed save's message for the alert above a form, and puts its field errors
 * under the inputs they belong to.
 */
export function useServerError(form: FormInstance, hasField: (path: (string | number)[]) => boolean) {
  const [problem, setProblem] = useState<ServerProblem | null>(null)
  const report = (error: unknown) => {
    if (!isHttpError(error)) {
      setProblem({ status: 0, message: error instanceof Error ? error.message : String(error), unplaced: [] })
      return
    }
    const unplaced = showFieldErrors(form, error.details, hasField)
    setProblem({ status: error.status, message: error.message, unplaced })
    const first = error.details.find((d) => !unplaced.includes(d))
    if (first) form.scrollToField(toNamePath(first.path), { behavior: 'smooth', block: 'center' })
  }
  return { problem, report, clear: () => setProblem(null) }
}
