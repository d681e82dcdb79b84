import { useMemo, useState } from 'react'
import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Col, Flex, Form, Row, Select, Spin } from 'antd'
import { useMutation } from '@tanstack/react-query'
import { LANGS, type Lang } from '../../../core/i18n/lang'
import { useT } from '../../i18n/use-t'
import { LANG_NAMES } from '../../lib/lang'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { FactsCard, OutlineCard } from './OutlineCard'
import { deckYears, defaultScope, scopeOptions } from './scope-options'
import { useOutline, useSaveTexts } from './use-year-end'
import { downloadDeck } from './year-end-requests'
import { YearEndTextsCard, type YearEndTexts } from './YearEndTextsCard'
import { companyToday } from '../../lib/company-today'

/**
 * 年終總結 (DOMAIN.md "Reports"; issue 7): pick a year, whose deck and its language; read the
 * outline with the generated facts; write the factors, problems and plan (kept for next time);
 * then generate the .pptx — what is written is saved first, so the deck has it.
 */
export function YearEndPage() {
  const { t, lang } = useT()
  const me = useCurrentUser()
  const users = useUsers()
  const thisYear = companyToday().year()
  const options = useMemo(() => scopeOptions(me, users.data ?? []), [me, users.data])
  const [year, setYear] = useState(thisYear)
  const [scope, setScope] = useState<string | null>(null)
  const [deckLang, setDeckLang] = useState<Lang>(lang)
  const chosenScope = scope ?? (users.isPending ? null : defaultScope(me, options))
  const query = chosenScope ? { year, scope: chosenScope, lang: deckLang } : null
  const outline = useOutline(query)
  const [form] = Form.useForm<YearEndTexts>()
  const save = useSaveTexts()
  const generate = useMutation({
    mutationFn: async () => {
      if (!query) return
      await save.mutateAsync({ year, scope: query.scope, ...form.getFieldsValue() })
      await downloadDeck(query)
    },
  })
  const scopeLabel = (o: (typeof options)[number]) =>
    o.kind === 'company' ? t('yearEnd.scope.company') : t(`yearEnd.scope.${o.kind}`, { name: o.name })
  return (
    <>
      <PageHeader
        title={t('yearEnd.title')}
        subtitle={t('yearEnd.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            <Select<number>
              aria-label={t('yearEnd.year')}
              value={year}
              options={deckYears(thisYear).map((y) => ({ value: y, label: String(y) }))}
              onChange={setYear}
              style={{ width: 100 }}
              data-testid="year-end-year"
            />
            <Select<string>
              aria-label={t('yearEnd.scope')}
              value={chosenScope ?? undefined}
              loading={users.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={options.map((o) => ({ value: o.value, label: scopeLabel(o) }))}
              onChange={setScope}
              style={{ minWidth: 200 }}
              data-testid="year-end-scope"
            />
            <Select<Lang>
              aria-label={t('yearEnd.lang')}
              value={deckLang}
              options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
              onChange={setDeckLang}
              style={{ width: 130 }}
              data-testid="year-end-lang"
            />
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              disabled={!outline.data}
              loading={generate.isPending}
              onClick={() => generate.mutate()}
              data-testid="year-end-generate"
            >
              {t('yearEnd.generate')}
            </Button>
          </Flex>
        }
      />
      {generate.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={generate.error.message}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {outline.error ? (
        <QueryErrorResult error={outline.error} />
      ) : !outline.data ? (
        <Spin />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <OutlineCard outline={outline.data} />
          </Col>
          <Col xs={24} lg={16}>
            <Flex vertical gap={16}>
              <YearEndTextsCard outline={outline.data} form={form} />
              <FactsCard outline={outline.data} />
            </Flex>
          </Col>
        </Row>
      )}
    </>
  )
}
