import type { MessageKey } from '../i18n/messages.en'
import type { Period } from './period'

/**
 * A headline finding as data: a message key and its values, so the same finding reads in every
 * language (DOMAIN.md "Facts") and a deck can render it later — renderFact() turns it into text.
 */
export type FactValue =
  | { kind: 'money'; value: number }
  | { kind: 'count'; value: number }
  /** A fraction shown as a percentage, without its sign: the sentence says higher or lower. */
  | { kind: 'percent'; value: number }
  | { kind: 'period'; from: string; to: string }
  /** A growth bucket: 2026, 2026-Q4, 2026-11. */
  | { kind: 'bucket'; value: string }
  /** A word of the catalogue, e.g. the name of a figure. */
  | { kind: 'label'; key: MessageKey }
  /** What people wrote (a lost reason), shown as it is. */
  | { kind: 'text'; value: string }

export type Fact = { key: MessageKey; params: Record<string, FactValue> }

export const money = (value: number): FactValue => ({ kind: 'money', value })
export const count = (value: number): FactValue => ({ kind: 'count', value })
export const percent = (value: number): FactValue => ({ kind: 'percent', value: Math.abs(value) })
export const period = (p: Period): FactValue => ({ kind: 'period', from: p.from, to: p.to })
export const label = (key: MessageKey): FactValue => ({ kind: 'label', key })
