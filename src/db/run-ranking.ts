/** One customer's place in an ABC run; money in minor units. */
export type RankedCustomer = { id: string; rank: number; value: number; tier: string }

/**
 * A run's whole ranking as one text kept on the run (`classification_runs.ranking`), not a row per
 * customer: 100,000 rows with their indexes cost more to write than the aggregate query the run
 * rests on (issue 4's benchmark, bench/README.md), while the text is one value. Rows
 * (`classification_results`) are kept only for the customers whose tier changed — the history
 * DOMAIN.md asks for, and what the tiers are applied from.
 *
 * One line per customer in rank order, `id TAB rank TAB value TAB tier`, each line preceded by a
 * newline and the text ending with one, so `"\n" + id + "\t"` finds exactly one customer's line
 * (ids hold neither character) — in SQL too (`customerTierHistory`), without reading the text out.
 */
/** A run's customers in rank order, as lists: `ids[r]`, `values[r]` and `tiers[r]` of rank r + 1. */
export type RankingLists = { ids: readonly string[]; values: ArrayLike<number>; tiers: readonly string[] }

/**
 * The text of a ranking, written byte by byte into one buffer: 100,000 lines made as strings
 * first, kept alive until joined, cost an ABC run more in garbage collection than in writing.
 */
export function rankingText({ ids, values, tiers }: RankingLists): string {
  if (ids.length === 0) return ''
  let buffer = Buffer.allocUnsafe(ids.length * 64)
  let at = 0
  buffer[at++] = 10
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r] as string
    const line = `${r + 1}\t${values[r] as number}\t${tiers[r] as string}\n`
    if (at + 3 * id.length + line.length + 1 > buffer.length) {
      const bigger = Buffer.allocUnsafe(2 * buffer.length + 3 * id.length + line.length)
      buffer.copy(bigger, 0, 0, at)
      buffer = bigger
    }
    at += buffer.write(id, at, 'utf8')
    buffer[at++] = 9
    at += buffer.write(line, at, 'latin1')
  }
  return buffer.toString('utf8', 0, at)
}

/** What `rankingLine` finds a customer's line by. */
export const rankingKey = (customerId: string) => `\n${customerId}\t`

/** The customer of the line that starts at `start` (just after its newline), and where it ends. */
function lineAt(text: string, start: number): { customer: RankedCustomer; end: number } {
  const t1 = text.indexOf('\t', start)
  const t2 = text.indexOf('\t', t1 + 1)
  const t3 = text.indexOf('\t', t2 + 1)
  const end = text.indexOf('\n', t3 + 1)
  return {
    customer: {
      id: text.slice(start, t1),
      rank: Number(text.slice(t1 + 1, t2)),
      value: Number(text.slice(t2 + 1, t3)),
      tier: text.slice(t3 + 1, end),
    },
    end,
  }
}

/** Every customer of a ranking text, in rank order (none for an empty or missing text). */
export function readRanking(text: string | null): RankedCustomer[] {
  const customers: RankedCustomer[] = []
  if (!text) return customers
  let start = 1
  while (start < text.length) {
    const { customer, end } = lineAt(text, start)
    customers.push(customer)
    start = end + 1
  }
  return customers
}

/**
 * Each customer's tier in a ranking text, and nothing else of its lines: 100,000 customers read
 * whole (rank and value parsed, an object each) cost the team table of a past year ~150 ms more.
 */
export function readRankingTiers(text: string | null): Map<string, string> {
  const tiers = new Map<string, string>()
  if (!text) return tiers
  let start = 1
  while (start < text.length) {
    const t1 = text.indexOf('\t', start)
    const end = text.indexOf('\n', t1)
    tiers.set(text.slice(start, t1), text.slice(text.lastIndexOf('\t', end) + 1, end))
    start = end + 1
  }
  return tiers
}

/**
 * A customer's line out of a piece of ranking text that should begin with `rankingKey(id)`; null
 * when it does not (the customer is not in that run).
 */
export function rankingLine(piece: string | null, customerId: string): RankedCustomer | null {
  if (!piece?.startsWith(rankingKey(customerId)) || piece.indexOf('\n', 1) < 0) return null
  return lineAt(piece, 1).customer
}
