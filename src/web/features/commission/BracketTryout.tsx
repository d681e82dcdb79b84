import { useState } from 'react'
import { Flex, Input, Typography } from 'antd'
import { bracketLines } from '../../../core/commission/bracket-lines'
import { formatRateBp } from '../../../core/commission/rate-text'
import { formatMoney } from '../../../core/money/format-money'
import { parseMoney } from '../../../core/money/parse-money'
import type { Bracket, CommissionMode } from '../../../core/commission/commission-plan'
import { useT } from '../../i18n/use-t'

/** Try the plan on an amount: the same arithmetic the statement will show (core/commission). */
export function BracketTryout({ mode, brackets }: { mode: CommissionMode; brackets: Bracket[] | null }) {
  const { t, lang } = useT()
  const [text, setText] = useState('150,000')
  const amount = parseMoney(text)?.minor ?? null
  const lines = brackets && amount !== null ? bracketLines(mode, brackets, amount) : []
  const total = lines.reduce((sum, l) => sum + l.amountMinor, 0)
  return (
    <Flex vertical gap={4} data-testid="bracket-tryout">
      <Flex align="center" gap={8}>
        <Typography.Text type="secondary">{t('commission.tryAmount')}</Typography.Text>
        <Input
          aria-label={t('commission.tryAmount')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          inputMode="decimal"
          style={{ width: 160, textAlign: 'right' }}
        />
      </Flex>
      {brackets && amount !== null ? (
        <>
          {lines.map((l) => (
            <Typography.Text key={l.bracketIndex} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {`${formatMoney(l.baseMinor, lang)} × ${formatRateBp(l.rateBp)}% = ${formatMoney(l.amountMinor, lang)}`}
            </Typography.Text>
          ))}
          <Typography.Text strong>
            {t('commission.tryResult', { amount: formatMoney(total, lang) })}
          </Typography.Text>
        </>
      ) : null}
    </Flex>
  )
}
