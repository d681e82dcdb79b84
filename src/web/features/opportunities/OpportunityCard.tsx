import { EditOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Select, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { Opportunity } from '../../../contracts/opportunities'
import {
  isOpenStage,
  OPEN_STAGES,
  OPPORTUNITY_STAGES,
  type OpportunityStage,
} from '../../../core/opportunities/stages'
import { useT } from '../../i18n/use-t'
import { toLocalDate } from '../ledger/date-value'
import { Money } from '../ledger/Money'
import { lossReasonLabel, STAGE_COLORS, stageLabel } from './stage-label'
import { companyToday } from '../../lib/company-today'

type Props = {
  opportunity: Opportunity
  /** Moves the card; null when the reader may not move it. */
  movesTo: ((stage: OpportunityStage) => void) | null
  mayReopen: boolean
  onEdit: (() => void) | null
}

/**
 * One card of the board: dragged to another column, or moved with its stage list (the keyboard's
 * way, and the phone's). A closed card is moved only to reopen it, by a manager or an admin.
 */
export function OpportunityCard({ opportunity: o, movesTo, mayReopen, onEdit }: Props) {
  const { t } = useT()
  const open = isOpenStage(o.stage)
  const targets = (open ? OPPORTUNITY_STAGES : mayReopen ? OPEN_STAGES : []).filter((s) => s !== o.stage)
  const late = open && o.expectedOn < toLocalDate(companyToday())
  const draggable = movesTo !== null && targets.length > 0
  return (
    <Card
      size="small"
      data-testid="opportunity-card"
      data-id={o.id}
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', o.id)
        event.dataTransfer.effectAllowed = 'move'
      }}
      style={{
        borderInlineStart: `3px solid ${STAGE_COLORS[o.stage]}`,
        cursor: draggable ? 'grab' : undefined,
      }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="flex-start" gap={4}>
          <Typography.Text strong style={{ minWidth: 0 }} ellipsis={{ tooltip: o.title }}>
            {o.title}
          </Typography.Text>
          {onEdit && open ? (
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('opportunities.editTitle')}
              onClick={onEdit}
            />
          ) : null}
        </Flex>
        <Link to={`/customers/${o.customerId}`}>{o.customerName}</Link>
        <Money minor={o.amount} strong />
        <Typography.Text type={late ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {open
            ? t(late ? 'opportunities.expectedLate' : 'opportunities.expected', { date: o.expectedOn })
            : t('opportunities.closed', { date: o.closedOn ?? '' })}
          {' · '}
          {o.ownerName}
        </Typography.Text>
        {o.stage === 'lost' && o.lossReason ? (
          <div>
            <Tag style={{ marginInlineEnd: 0 }} title={o.lostNote ?? undefined}>
              {stageLabel(t, o.lostAtStage ?? 'person')} · {lossReasonLabel(t, o.lossReason)}
            </Tag>
          </div>
        ) : null}
        {movesTo && targets.length > 0 ? (
          <Select<OpportunityStage>
            size="small"
            value={null as unknown as OpportunityStage}
            placeholder={open ? t('opportunities.moveTo') : t('opportunities.reopenAt')}
            aria-label={t('opportunities.moveLabel', { title: o.title })}
            options={targets.map((s) => ({ value: s, label: stageLabel(t, s) }))}
            onChange={(stage) => movesTo(stage)}
            style={{ width: '100%', marginTop: 2 }}
            data-testid="move-select"
          />
        ) : null}
      </Flex>
    </Card>
  )
}
