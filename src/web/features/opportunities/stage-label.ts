import type { LossReason } from '../../../core/opportunities/lost-reasons'
import type { OpportunityStage } from '../../../core/opportunities/stages'
import type { Translate } from '../../i18n/use-t'

/** 認可個人 / 認可平台 / 解決資金 / 成交 / 丟單 in the reader's language (GLOSSARY.md). */
export const stageLabel = (t: Translate, stage: OpportunityStage) => t(`opportunityStage.${stage}`)

export const lossReasonLabel = (t: Translate, reason: LossReason) => t(`lossReason.${reason}`)

/** One colour per stage, the same on the board, the tags and the chart. */
export const STAGE_COLORS: Record<OpportunityStage, string> = {
  person: '#1677ff',
  platform: '#722ed1',
  money: '#fa8c16',
  won: '#52c41a',
  lost: '#8c8c8c',
}
