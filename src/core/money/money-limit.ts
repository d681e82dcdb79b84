/**
 * The largest amount one record may carry, in minor units: 10^13 cents (NT$100 billion), beyond
 * any order, payment, expense or deal a sales team records. Amounts are summed into receivables,
 * reports and statements in JavaScript numbers; with a cap this far below 2^53 those sums stay
 * exact (DOMAIN.md: money is exact) for 900 records at the cap, where amounts up to 2^53 — the
 * previous bound — lost cents with two, and an order's lines could total 10^22.
 */
export const MONEY_LIMIT_MINOR = 10 ** 13
