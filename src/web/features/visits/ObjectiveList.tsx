import { List, Tag, Typography } from 'antd'
import type { Visit } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'

const RESULT_COLORS = { yes: 'green', partly: 'gold', no: 'red' } as const

/** The plan's objectives with their kinds, and the review's result and reason when written. */
export function ObjectiveList({ objectives }: { objectives: Visit['objectives'] }) {
  const { t } = useT()
  return (
    <List
      size="small"
      dataSource={objectives}
      renderItem={(o) => (
        <List.Item>
          <span>
            <Tag>{t(`objectiveKind.${o.kind}`)}</Tag>
            {o.text}
            {o.result ? (
              <>
                {' '}
                <Tag color={RESULT_COLORS[o.result]}>{t(`objectiveResult.${o.result}`)}</Tag>
                {o.reason ? <Typography.Text type="secondary">{o.reason}</Typography.Text> : null}
              </>
            ) : null}
          </span>
        </List.Item>
      )}
    />
  )
}
