import { companyToday } from '../../lib/company-today'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The month in the URL when it is one, else this month (the reader's clock; the server checks). */
export const monthParam = (value: string | null): string =>
  value && MONTH.test(value) ? value : companyToday().format('YYYY-MM')
