/** A budget (費用承包): a fixed amount, or a share of the rep's collections in the period. */
export type Budget = { amountMinor: number | null; shareBp: number | null }
export type BudgetStatus = { limitMinor: number; spentMinor: number; remainingMinor: number; over: boolean }

/**
 * How much of a budget is spent. A share budget's limit is collections × share, rounded half away
 * from zero to the cent (basis points: 500 = 5 %), computed in BigInt.
 */
export function budgetStatus(budget: Budget, collectedMinor: number, spentMinor: number): BudgetStatus {
  let limitMinor = budget.amountMinor ?? 0
  if (budget.shareBp !== null) {
    const product = BigInt(collectedMinor) * BigInt(budget.shareBp)
    const cents = product / 10_000n + ((product % 10_000n) * 2n >= 10_000n ? 1n : 0n)
    limitMinor = Number(cents)
  }
  return { limitMinor, spentMinor, remainingMinor: limitMinor - spentMinor, over: spentMinor > limitMinor }
}
