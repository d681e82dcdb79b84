import type { FormInstance } from 'antd'
import { CUSTOMER_FORM_FIELDS, type CustomerFormValues } from './customer-form-values'

const FIELDS: readonly string[] = CUSTOMER_FORM_FIELDS

/** Whether the customer form has an input for a server error's path (`contacts.1.email` included). */
export const customerFormHasField =
  (form: FormInstance<CustomerFormValues>) =>
  ([first, index]: (string | number)[]): boolean => {
    if (first === 'contacts') {
      const contacts: unknown[] = form.getFieldValue('contacts') ?? []
      return typeof index === 'number' && index < contacts.length
    }
    return FIELDS.includes(String(first))
  }

export type OwnerChoice = 'pool' | 'team' | 'none'
