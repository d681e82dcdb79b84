/**
 * Money is integer minor units (cents) everywhere (DOMAIN.md); people and spreadsheets write it as
 * text: "NT$1,234.50", "¥ 12,000", "1234.567", "(300.00)". This reads such a text into cents with
 * string arithmetic — never through a float, where 0.1 + 0.2 is not 0.3 — rounding a value with
 * more than two decimals (a unit price after a discount) half away from zero, as finance does.
 */
export type ParsedMoney = { minor: number; rounded: boolean }

const CURRENCY = /^(?:NT\$|NTD|TWD|RMB|CNY|HK\$|US\$|USD|\$|¥|￥|元|圓)|(?:NT\$|NTD|TWD|RMB|CNY|USD|元|圓)$/i

export function parseMoney(text: string): ParsedMoney | null {
  let s = text.trim().replace(/[\s\u00a0\u3000]/g, '')
  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1)
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    if (negative) return null
    negative = true
    s = s.slice(1)
  }
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '')
  if (s.startsWith('-') && !negative) {
    negative = true
    s = s.slice(1)
  }
  // Thousands separators must sit every three digits: "1,23" is not a number, "1,234" is.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s) ?? /^()\.(\d+)$/.exec(s)
  if (!match) return null
  const whole = (match[1] ?? '').replace(/,/g, '') || '0'
  const fraction = match[2] ?? ''
  let cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2))
  const rest = fraction.slice(2)
  const rounded = /[1-9]/.test(rest)
  if (rest !== '' && rest[0] !== undefined && rest[0] >= '5') cents += 1n
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return null
  const minor = Number(cents)
  return { minor: negative && minor !== 0 ? -minor : minor, rounded }
}
