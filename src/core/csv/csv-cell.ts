/**
 * One CSV cell, safe to open in a spreadsheet: a text that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would run as a formula (CSV injection), so it is prefixed with `'`, which
 * Excel and LibreOffice show as text. Numbers are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',') + '\r\n'
}
