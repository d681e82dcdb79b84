import { Tag } from 'antd'
import type { OpportunityStage } from '../../../core/opportunities/stages'
import { useT } from '../../i18n/use-t'
import { STAGE_COLORS, stageLabel } from './stage-label'

export function StageTag({ stage }: { stage: OpportunityStage }) {
  const { t } = useT()
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {stageLabel(t, stage)}
    </Tag>
  )
}
