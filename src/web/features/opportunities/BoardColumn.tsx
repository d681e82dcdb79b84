import { useState, type ReactNode } from 'react'
import { Empty, Flex, Typography } from 'antd'
import type { OpportunityStage } from '../../../core/opportunities/stages'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { STAGE_COLORS, stageLabel } from './stage-label'

type Props = {
  stage: OpportunityStage
  count: number
  amount: number
  shown: number
  /** Called with the dropped card's id; null when nothing may be dropped here. */
  onDropCard: ((id: string) => void) | null
  children: ReactNode
}

/** A column of the board: the stage, how many and their total (over every match), then the cards. */
export function BoardColumn({ stage, count, amount, shown, onDropCard, children }: Props) {
  const { t } = useT()
  const [over, setOver] = useState(false)
  return (
    <section
      aria-label={stageLabel(t, stage)}
      data-testid={`column-${stage}`}
      onDragOver={(event) => {
        if (!onDropCard) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false)
        if (!onDropCard) return
        event.preventDefault()
        const id = event.dataTransfer.getData('text/plain')
        if (id) onDropCard(id)
      }}
      style={{
        flex: '1 0 196px',
        minWidth: 196,
        maxWidth: 340,
        background: over ? '#e6f4ff' : '#fafafa',
        border: `1px ${over ? 'dashed #1677ff' : 'solid #f0f0f0'}`,
        borderTop: `3px solid ${STAGE_COLORS[stage]}`,
        borderRadius: 8,
        padding: 8,
        transition: 'background 120ms',
      }}
    >
      <Flex justify="space-between" align="baseline" style={{ padding: '2px 4px 8px' }}>
        <Typography.Text strong>
          {stageLabel(t, stage)}{' '}
          <Typography.Text type="secondary" data-testid="column-count">
            {count}
          </Typography.Text>
        </Typography.Text>
        <span data-testid="column-total">
          <Money minor={amount} />
        </span>
      </Flex>
      <Flex vertical gap={8}>
        {count === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunities.emptyColumn')} />
        ) : (
          children
        )}
        {shown < count ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t('opportunities.moreCards', { count: count - shown })}
          </Typography.Text>
        ) : null}
      </Flex>
    </section>
  )
}
