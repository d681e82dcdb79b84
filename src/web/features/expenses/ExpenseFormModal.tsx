import { useState } from 'react'
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Expense } from '../../../contracts/expenses'
import { EXPENSE_CATEGORIES } from '../../../core/expenses/expense-flow'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { ConflictAlert } from '../customers/ConflictAlert'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { moneyRule } from '../ledger/money-rule'
import { canOwnCustomers, useUsers } from '../users/use-users'
import {
  EXPENSE_FORM_FIELDS,
  emptyExpenseValues,
  toExpenseBody,
  toExpenseFormValues,
  toUpdateBody,
  type ExpenseFormValues,
} from './expense-form-values'
import { expenseKeys } from './expense-keys'
import { choosesRep } from './expense-roles'
import { createExpense, fetchExpense, submitExpense, updateExpense } from './expense-requests'
import { useSubmitWarnings } from './use-submit-warnings'

type Props = { expense: Expense | null; onClose: () => void }
type Save = { values: ExpenseFormValues; submit: boolean }

/**
 * New or draft expense. "Submit" saves, then submits with the version the save returned. Once a new
 * expense is saved the modal edits that draft, so a failed submission never creates it twice.
 */
export function ExpenseFormModal({ expense, onClose }: Props) {
  const { t, lang } = useT()
  const { message } = App.useApp()
  const user = useCurrentUser()
  const users = useUsers()
  const queryClient = useQueryClient()
  const showWarnings = useSubmitWarnings()
  const [form] = Form.useForm<ExpenseFormValues>()
  const [draft, setDraft] = useState<Expense | null>(expense)
  const [conflict, setConflict] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)
  const serverError = useServerError(form, (path) => EXPENSE_FORM_FIELDS.includes(String(path[0])))

  const save = useMutation({
    mutationFn: async ({ values, submit }: Save) => {
      const saved = draft
        ? await updateExpense(draft.id, draft.version, toUpdateBody(values))
        : await createExpense(toExpenseBody(values))
      setDraft(saved)
      return submit ? submitExpense(saved.id, saved.version) : { expense: saved, warnings: null }
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: expenseKeys.all })
      if (result.warnings) showWarnings({ expense: result.expense, warnings: result.warnings })
      else void message.success(t('expenses.savedDraft'))
      onClose()
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: expenseKeys.all })
      if (isHttpError(error, 412)) return setConflict(error.message)
      serverError.report(error)
    },
  })

  const reload = async () => {
    if (!draft) return
    setReloading(true)
    try {
      const latest = await fetchExpense(draft.id)
      setDraft(latest)
      form.resetFields()
      form.setFieldsValue(toExpenseFormValues(latest, lang))
      setConflict(null)
      serverError.clear()
    } catch (error) {
      serverError.report(error)
    } finally {
      setReloading(false)
    }
  }

  const run = (submit: boolean) => {
    serverError.clear()
    void form.validateFields().then(
      (values) => save.mutate({ values, submit }),
      () => undefined,
    )
  }
  const required = { required: true, message: t('form.required') }
  // Only a draft changes: once submitted (by someone else, say) the form has nothing to save.
  const locked = draft !== null && draft.status !== 'draft'
  return (
    <Modal
      open
      title={expense ? t('expenses.editTitle') : t('expenses.new')}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="draft"
          disabled={locked}
          loading={save.isPending && !save.variables?.submit}
          onClick={() => run(false)}
        >
          {t('expenses.saveDraft')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          disabled={locked}
          loading={save.isPending && save.variables?.submit}
          onClick={() => run(true)}
        >
          {t('expenses.submit')}
        </Button>,
      ]}
    >
      {conflict ? (
        <ConflictAlert
          title={t('expenses.conflictTitle')}
          message={conflict}
          onReload={() => void reload()}
          reloading={reloading}
        />
      ) : null}
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      <Form<ExpenseFormValues>
        form={form}
        layout="vertical"
        initialValues={expense ? toExpenseFormValues(expense, lang) : emptyExpenseValues()}
        disabled={locked}
      >
        <Row gutter={16}>
          {choosesRep(user) && !expense ? (
            <Col span={24}>
              <Form.Item name="repId" label={t('label.repId')} extra={t('expenses.repHint')}>
                <Select
                  allowClear
                  placeholder={user.name}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={users.isPending}
                  options={(users.data ?? [])
                    .filter((u) => canOwnCustomers(u) && u.id !== user.id)
                    .map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="expenseDate" label={t('label.expenseDate')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t('label.category')} rules={[required]}>
              <Select
                options={EXPENSE_CATEGORIES.map((c) => ({ value: c, label: t(`expenseCategory.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="amount" label={t('label.amount')} rules={[moneyRule(t, { positive: true })]}>
              <Input inputMode="decimal" placeholder="1,234.50" style={{ textAlign: 'right' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="customerId" label={t('label.customerId')} extra={t('expenses.customerHint')}>
              <CustomerSelect />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('label.note')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  )
}
