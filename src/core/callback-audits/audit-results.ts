/**
 * What the auditor found when calling the customer back (DOMAIN.md "Callback audits"):
 * 屬實 / 不符 / 無法聯繫.
 */
export const AUDIT_RESULTS = ['confirmed', 'discrepancy', 'unreachable'] as const
export type AuditResult = (typeof AUDIT_RESULTS)[number]

/** What a rep recorded that a draw can sample: a follow-up record, or a visit checked in and not yet reviewed. */
export const AUDIT_RECORD_KINDS = ['follow_up', 'visit'] as const
export type AuditRecordKind = (typeof AUDIT_RECORD_KINDS)[number]

/** DOMAIN.md: skip customers called back in the last 90 days. */
export const EXCLUSION_DAYS = 90

/** A share is kept in basis points (1 % = 100), so its rounding is exact: 10 % of 30 is 3, never 4. */
export const BASIS_POINTS = 10_000
