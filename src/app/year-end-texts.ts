import { AppError } from '../core/app-error'
import { deckScopeText, type DeckScope } from '../core/year-end/deck-scope'
import type { SavedYearEndTexts, SaveYearEndTexts } from '../contracts/year-end'
import { writeAudit } from '../db/audit-log.repo'
import {
  findYearEndTexts,
  insertYearEndTexts,
  updateYearEndTexts,
  type YearEndTextRecord,
  type YearEndTexts,
} from '../db/year-end-texts.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { newId } from './new-id'
import { requireActor } from './require-actor'
import { checkDeckYear, deckScopeOf } from './year-end-query'
import { resolveDeckSubject } from './year-end-scope'

export const NO_TEXTS: YearEndTexts = { positive: '', negative: '', problems: '', plan: '' }

/** The caller's texts for a deck (year, resolved scope key), or null when they wrote none. */
export async function findDeckTexts(
  ctx: AppContext,
  year: number,
  key: string,
): Promise<YearEndTextRecord | null> {
  return findYearEndTexts(ctx.db, { year, scope: key, authorId: requireActor(ctx).id })
}

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim()

/**
 * Keeps what the caller wrote for a deck's qualitative slides (issue 7 point 3: factors, problems,
 * next year's plan), per year, scope and author, to prefill it next time. Each author has their
 * own row, so nobody overwrites anyone else's; for one author the last save wins. The caller must
 * be able to see the deck. One transaction with its audit row.
 */
export async function saveYearEndTexts(ctx: AppContext, input: SaveYearEndTexts): Promise<SavedYearEndTexts> {
  const actor = requireActor(ctx)
  const year = checkDeckYear(ctx, input.year)
  const scope: DeckScope = deckScopeOf(actor, input.scope)
  const subject = await resolveDeckSubject(ctx, scope)
  const texts: YearEndTexts = {
    positive: clean(input.positive),
    negative: clean(input.negative),
    problems: clean(input.problems),
    plan: clean(input.plan),
  }
  return inTransaction(ctx, async (tx) => {
    const at = nowIso(tx)
    const before = await findYearEndTexts(tx.db, { year, scope: subject.key, authorId: actor.id })
    let after: YearEndTextRecord
    if (before) {
      if (!(await updateYearEndTexts(tx.db, before.id, before.version, texts, at)))
        throw new AppError('version_mismatch', 'error.version_mismatch', {
          expected: before.version,
          actual: before.version + 1,
        })
      after = { ...before, ...texts, version: before.version + 1, updatedAt: at }
    } else {
      after = {
        id: newId(),
        year,
        scope: subject.key,
        authorId: actor.id,
        ...texts,
        version: 1,
        createdAt: at,
        updatedAt: at,
      }
      await insertYearEndTexts(tx.db, after)
    }
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'year_end_texts',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before,
      after,
    })
    return { year, scope: deckScopeText(scope), ...texts, savedAt: at }
  })
}
