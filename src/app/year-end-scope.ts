import { AppError } from '../core/app-error'
import { customerReadScope, inScope } from '../core/access/customer-access'
import { reportingTree } from '../core/access/reporting-tree'
import type { Role } from '../core/access/roles'
import type { DeckScope } from '../core/year-end/deck-scope'
import { findUserByEmail, listReportingLines } from '../db/users.repo'
import { toActingUser } from './auth'
import { MONEY_READERS } from './customer-scope'
import type { AppContext } from './context'
import { requireActor } from './require-actor'

/**
 * Who may see the whole company's deck: those who read every customer's money (DOMAIN.md "People
 * and visibility"). The auditor reads no money and makes no deck at all.
 */
const COMPANY_READERS: readonly Role[] = ['admin', 'finance']

/** Whose year a deck tells, resolved: its subject and the contexts its sections are read with. */
export type DeckSubject = {
  kind: DeckScope['kind']
  /** The manager or rep; null for the company. */
  userId: string | null
  name: string
  /** How the texts are keyed: `company`, `team:<id>` or `rep:<id>` (ids survive a changed email). */
  key: string
  /**
   * The context the customer and ledger analyses are read with: the caller's own for the company;
   * for a team or a rep, the subject's reporting tree — read as a manager would read their own
   * tree, which for a rep with nobody under them is exactly their own customers. Whether the
   * caller may see a section at all is asked of the caller's context (app/year-end-deck.ts).
   */
  narrowed: AppContext
}

/**
 * The deck's subject as the caller may see it (DOMAIN.md "People and visibility"): the company for
 * admins and finance; a sales manager's team or a rep inside the caller's reporting
 * tree (a rep: only themselves). Anyone else — unknown, disabled, or outside the tree — is absent
 * (404), as everywhere else; a team needs a sales manager, a personal deck a sales rep.
 */
export async function resolveDeckSubject(ctx: AppContext, scope: DeckScope): Promise<DeckSubject> {
  const actor = requireActor(ctx, MONEY_READERS)
  if (scope.kind === 'company') {
    if (!COMPANY_READERS.includes(actor.role)) throw new AppError('forbidden', 'error.deck_company_forbidden')
    return { kind: 'company', userId: null, name: ctx.config.organisationName, key: 'company', narrowed: ctx }
  }
  const lines = await listReportingLines(ctx.db)
  const person = await findUserByEmail(ctx.db, scope.email)
  if (!person || person.disabled || !inScope(customerReadScope(actor, lines), person.id))
    throw new AppError('not_found', 'error.deck_person_not_found', { email: scope.email })
  const wanted: Role = scope.kind === 'team' ? 'manager' : 'rep'
  if (person.role !== wanted)
    throw new AppError(
      'validation',
      scope.kind === 'team' ? 'error.deck_team_needs_manager' : 'error.deck_rep_needs_rep',
      { email: scope.email },
      [{ path: 'scope', key: 'field.invalid' }],
    )
  const alone = reportingTree(lines, person.id).length === 1
  const role: Role = scope.kind === 'team' || alone ? 'manager' : 'rep'
  return {
    kind: scope.kind,
    userId: person.id,
    name: person.name,
    key: `${scope.kind}:${person.id}`,
    narrowed: { ...ctx, actor: { ...toActingUser(person), role } },
  }
}
