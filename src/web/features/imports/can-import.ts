import type { User } from '../../../contracts/users'
import { canEditCustomers } from '../auth/current-user'
import { canRecordLedger } from '../ledger/ledger-roles'
import type { ImportKind } from './import-kinds'

/**
 * Whether the wizard offers a kind to this user. The server decides (customers and follow-ups:
 * those who edit customers; the ledger kinds: those who record the ledger); this only keeps people from a wizard
 * that would be refused at the dry run.
 */
export const canImport = (user: User, kind: ImportKind) =>
  kind === 'customers' || kind === 'follow-ups' ? canEditCustomers(user) : canRecordLedger(user)
