/**
 * Whose year a year-end deck (年終總結) tells (DOMAIN.md "Reports"): the whole company, one sales
 * manager's team (their reporting tree), or one sales rep — a rep's own deck is their personal
 * year-end summary. Written `company`, `team:EMAIL` or `rep:EMAIL`, as the CLI and the API take it.
 */
export type DeckScope = { kind: 'company' } | { kind: 'team'; email: string } | { kind: 'rep'; email: string }

export const DECK_SCOPE_KINDS = ['company', 'team', 'rep'] as const
export type DeckScopeKind = (typeof DECK_SCOPE_KINDS)[number]

/** `company`, `team:EMAIL` or `rep:EMAIL` (the kind in any case, the email trimmed); null otherwise. */
export function parseDeckScope(text: string): DeckScope | null {
  const value = text.trim()
  if (value.toLowerCase() === 'company') return { kind: 'company' }
  const match = /^(team|rep):(.+)$/i.exec(value)
  const email = match?.[2]?.trim()
  if (!match || !email || !email.includes('@') || /\s/.test(email)) return null
  return { kind: (match[1] as string).toLowerCase() as 'team' | 'rep', email: email.toLowerCase() }
}

export const deckScopeText = (scope: DeckScope) =>
  scope.kind === 'company' ? 'company' : `${scope.kind}:${scope.email}`
