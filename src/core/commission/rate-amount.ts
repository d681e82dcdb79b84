/**
 * `baseMinor × rateBp / 10 000`, rounded DOWN to the minor unit (toward zero), in BigInt so no
 * product of a large base and a rate loses a cent.
 *
 * Why down and not half up: a statement's total is the sum of its rounded lines, and rounding each
 * line down keeps that sum at or below the exact commission — so no rep is paid a fraction of a
 * cent they did not earn, and "progressive never exceeds whole" holds exactly after rounding
 * (Σ⌊xᵢ⌋ ≤ ⌊Σxᵢ⌋). Half up per line can pay up to half a cent more per line than the exact
 * figure, and break that order.
 */
export function rateAmount(baseMinor: number, rateBp: number): number {
  const product = BigInt(baseMinor) * BigInt(rateBp)
  return Number(product / 10_000n)
}
