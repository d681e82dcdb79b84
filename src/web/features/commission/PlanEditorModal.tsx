import { useMemo, useState } from 'react'
import { Alert, App, Col, Divider, Form, Input, Modal, Radio, Row } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Plan } from '../../../contracts/commission'
import { describeIssue } from '../../../core/i18n/describe-issue'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { BracketsEditor } from './BracketsEditor'
import { BracketTryout } from './BracketTryout'
import { commissionKeys } from './commission-keys'
import { createPlan, updatePlan } from './commission-requests'
import { checkDraft, draftOf, type PlanDraft } from './plan-form-values'

type Props = { plan: Plan | null; onClose: () => void }

/**
 * A plan's name, mode, brackets and bonus. The brackets are checked as they are typed, by the same
 * function the server runs (core/commission/plan-issues.ts): a gap, an overlap or a negative rate
 * is named with its bracket before anything is sent.
 */
export function PlanEditorModal({ plan, onClose }: Props) {
  const { t, lang } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan))
  const [touched, setTouched] = useState(false)
  const [serverError, setServerError] = useState<string[] | null>(null)
  const checked = useMemo(() => checkDraft(draft), [draft])
  const issues = checked.issues.map((issue) => ({ path: issue.path, text: describeIssue(lang, issue) }))
  const bracketIssues = issues.filter((i) => i.path.startsWith('brackets'))
  const fieldIssue = (path: string) => (touched ? issues.find((i) => i.path === path)?.text : undefined)
  const change = (patch: Partial<PlanDraft>) => {
    setServerError(null)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const save = useMutation({
    mutationFn: () => {
      const body = checked.body
      if (!body) throw new Error('invalid')
      return plan ? updatePlan(plan.id, plan.version, body) : createPlan(body)
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all })
      void message.success(t('commission.planSaved', { name: saved.name }))
      onClose()
    },
    onError: (error) =>
      setServerError(
        isHttpError(error)
          ? [error.message, ...error.details.map((d) => d.message)]
          : [(error as Error).message],
      ),
  })
  return (
    <Modal
      open
      width={760}
      title={plan ? t('commission.editPlan') : t('commission.newPlan')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending, disabled: touched && !checked.body }}
      onOk={() => {
        setTouched(true)
        if (checked.body) save.mutate()
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {serverError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={serverError[0]}
          description={serverError.length > 1 ? serverError.slice(1).join(' ') : undefined}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('label.name')}
              required
              validateStatus={fieldIssue('name') ? 'error' : undefined}
              help={fieldIssue('name')}
            >
              <Input
                aria-label={t('label.name')}
                value={draft.name}
                maxLength={100}
                onChange={(e) => change({ name: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('label.mode')}
              extra={
                draft.mode === 'progressive'
                  ? t('commission.modeProgressiveHint')
                  : t('commission.modeWholeHint')
              }
            >
              <Radio.Group
                optionType="button"
                value={draft.mode}
                onChange={(e) => change({ mode: e.target.value })}
                options={[
                  { value: 'progressive', label: t('commissionMode.progressive') },
                  { value: 'whole', label: t('commissionMode.whole') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('label.brackets')} required>
          <BracketsEditor
            rows={draft.rows}
            onChange={(rows) => change({ rows })}
            wrong={new Set(bracketIssues.map((i) => i.path))}
          />
        </Form.Item>
        {bracketIssues.length ? (
          <Alert
            type="error"
            showIcon
            data-testid="bracket-issues"
            title={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {bracketIssues.map((i) => (
                  <li key={i.path + i.text}>{i.text}</li>
                ))}
              </ul>
            }
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Alert type="success" showIcon title={t('commission.bracketsValid')} style={{ marginBottom: 16 }} />
        )}
        <BracketTryout mode={draft.mode} brackets={checked.brackets} />
        <Divider />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('label.newCustomerBonus')}
              extra={t('commission.bonusHint')}
              validateStatus={fieldIssue('newCustomerBonus') ? 'error' : undefined}
              help={fieldIssue('newCustomerBonus')}
            >
              <Input
                aria-label={t('label.newCustomerBonus')}
                value={draft.bonus}
                placeholder="0.00"
                inputMode="decimal"
                onChange={(e) => change({ bonus: e.target.value })}
                style={{ textAlign: 'right' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('label.bonusMinOrder')}
              extra={t('commission.minOrderHint')}
              validateStatus={fieldIssue('bonusMinOrder') ? 'error' : undefined}
              help={fieldIssue('bonusMinOrder')}
            >
              <Input
                aria-label={t('label.bonusMinOrder')}
                value={draft.minOrder}
                inputMode="decimal"
                onChange={(e) => change({ minOrder: e.target.value })}
                style={{ textAlign: 'right' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('label.note')}>
          <Input.TextArea
            aria-label={t('label.note')}
            value={draft.note}
            maxLength={1000}
            autoSize={{ minRows: 2, maxRows: 4 }}
            onChange={(e) => change({ note: e.target.value })}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
