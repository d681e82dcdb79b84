import type { MessageKey } from '../i18n/messages.en'
import type { LossReason } from './lost-reasons'
import { isOpenStage, laterHurdle, type OpenStage, type OpportunityStage } from './stages'

export type StageState = {
  stage: OpportunityStage
  /** The furthest hurdle ever reached: what the analysis counts as "reached", regressions aside. */
  highestStage: OpenStage
}

export type StageMove = {
  to: OpportunityStage
  lossReason: LossReason | null
  /** Sales managers (over the owner) and admins may reopen a closed opportunity; nobody else. */
  mayReopen: boolean
}

export type MoveOutcome =
  | {
      ok: true
      stage: OpportunityStage
      highestStage: OpenStage
      /** The hurdle it was at when lost; null unless lost. */
      lostAtStage: OpenStage | null
      closes: boolean
      reopens: boolean
    }
  | { ok: false; code: 'domain_rule' | 'validation'; key: MessageKey; path?: string }

/**
 * One move on the board. Open opportunities move forward — skipping a hurdle means it was passed,
 * so the furthest hurdle rises to it — and back, because a hurdle passed can fall again (the
 * contact who accepted the rep leaves; the budget is withdrawn): the board must show where the deal
 * stands now, while `highestStage` keeps what it had reached. Won passes all three hurdles. Lost
 * needs a reason and keeps the hurdle it fell at. A closed opportunity is history: only a manager
 * or an admin reopens it, to an open hurdle, and it never goes straight from won to lost or back.
 */
export function planStageMove(current: StageState, move: StageMove): MoveOutcome {
  const { to } = move
  if (to === current.stage) return { ok: false, code: 'domain_rule', key: 'error.opportunity_same_stage' }
  if (!isOpenStage(current.stage)) {
    if (!move.mayReopen) return { ok: false, code: 'domain_rule', key: 'error.opportunity_closed' }
    if (!isOpenStage(to)) return { ok: false, code: 'domain_rule', key: 'error.opportunity_reopen_first' }
    return {
      ok: true,
      stage: to,
      highestStage: laterHurdle(current.highestStage, to),
      lostAtStage: null,
      closes: false,
      reopens: true,
    }
  }
  if (to === 'lost') {
    if (!move.lossReason)
      return { ok: false, code: 'validation', key: 'error.opportunity_lost_reason', path: 'lossReason' }
    return {
      ok: true,
      stage: 'lost',
      highestStage: current.highestStage,
      lostAtStage: current.stage,
      closes: true,
      reopens: false,
    }
  }
  if (to === 'won')
    return { ok: true, stage: 'won', highestStage: 'money', lostAtStage: null, closes: true, reopens: false }
  return {
    ok: true,
    stage: to,
    highestStage: laterHurdle(current.highestStage, to),
    lostAtStage: null,
    closes: false,
    reopens: false,
  }
}
