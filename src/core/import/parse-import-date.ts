import { addDays, isLocalDate, type LocalDate } from '../dates/local-date'

const pad = (n: string) => n.padStart(2, '0')

/**
 * A date as spreadsheets hold it: `2017-01-03`, `2017/1/3`, `2017.01.03`, `2017年1月3日`, or an
 * Excel serial number (days since 1899-12-30; a time of day after the point is dropped). Returns
 * null for anything else, and for dates that do not exist (2017-02-29).
 */
export function parseImportDate(value: string | number): LocalDate | null {
  if (typeof value === 'number' || /^\d+(\.\d+)?$/.test(value.trim())) return fromSerial(Number(value))
  const text = value.trim()
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text)
  if (!m) return null
  const date = `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`
  return isLocalDate(date) ? date : null
}

/**
 * Excel counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, believes 1900-02-29 existed (day 60):
 * from day 61 on, a serial is simply days since 1899-12-30. Serials up to 60 are refused (no sales
 * ledger starts in 1900), as is anything past 9999-12-31.
 */
function fromSerial(serial: number): LocalDate | null {
  const day = Math.floor(serial)
  if (!Number.isFinite(day) || day <= 60 || day > 2_958_465) return null
  return addDays('1899-12-30', day)
}
