import type { z } from 'zod'
import type {
  Adjustment,
  Assignment,
  CommissionResult,
  CreateAdjustmentSchema,
  CreateAssignmentSchema,
  Plan,
  PlanInputSchema,
  Statement,
} from '../../../contracts/commission'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type Period = { from: string; to: string }
export type PlanBody = z.input<typeof PlanInputSchema>
export type AssignmentBody = z.input<typeof CreateAssignmentSchema>
export type AdjustmentBody = z.input<typeof CreateAdjustmentSchema>

const plan = (id: string) => `/commission/plans/${encodeURIComponent(id)}`

export const fetchCommission = (period: Period) =>
  http<CommissionResult>('GET', `/commission${queryString(period)}`)

export const fetchStatement = (repId: string, period: Period) =>
  http<Statement>('GET', `/commission/statements/${encodeURIComponent(repId)}${queryString(period)}`)

export const fetchPlans = () => http<{ items: Plan[] }>('GET', '/commission/plans')
export const createPlan = (body: PlanBody) => http<Plan>('POST', '/commission/plans', { body })
export const updatePlan = (id: string, version: number, body: PlanBody) =>
  http<Plan>('PUT', plan(id), { body, headers: ifMatch(version) })
export const deletePlan = (id: string, version: number) =>
  http<void>('DELETE', plan(id), { headers: ifMatch(version) })

export const fetchAssignments = (rep?: string) =>
  http<{ items: Assignment[] }>('GET', `/commission/assignments${queryString({ rep })}`)
export const createAssignment = (body: AssignmentBody) =>
  http<Assignment>('POST', '/commission/assignments', { body })
export const deleteAssignment = (id: string, version: number) =>
  http<void>('DELETE', `/commission/assignments/${encodeURIComponent(id)}`, { headers: ifMatch(version) })

export const fetchAdjustments = (rep?: string) =>
  http<{ items: Adjustment[] }>('GET', `/commission/adjustments${queryString({ rep })}`)
export const createAdjustment = (body: AdjustmentBody) =>
  http<Adjustment>('POST', '/commission/adjustments', { body })
export const deleteAdjustment = (id: string, version: number) =>
  http<void>('DELETE', `/commission/adjustments/${encodeURIComponent(id)}`, { headers: ifMatch(version) })
