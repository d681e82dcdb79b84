import { Card, Typography } from 'antd'
import { BulbOutlined } from '@ant-design/icons'
import type { FactDto } from '../../../contracts/analyses'
import type { MessageKey } from '../../../core/i18n/messages.en'
import type { Fact } from '../../../core/analyses/fact'
import { renderFact } from '../../../core/analyses/render-fact'
import { useT } from '../../i18n/use-t'

/**
 * The analysis' headline findings as sentences (DOMAIN.md "Facts"), rendered here in the reader's
 * language from the server's keys and values — the same function the server and the decks use.
 */
export function FactsCard({ facts }: { facts: readonly FactDto[] | undefined }) {
  const { t, lang } = useT()
  return (
    <Card
      size="small"
      title={
        <>
          <BulbOutlined /> {t('analyses.facts')}
        </>
      }
      data-testid="facts"
    >
      {facts && facts.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {facts.map((f, i) => (
            <li key={i} style={{ marginBottom: 4 }}>
              {renderFact({ key: f.key as MessageKey, params: f.params as Fact['params'] }, lang)}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{t('analyses.noFacts')}</Typography.Text>
      )}
    </Card>
  )
}
