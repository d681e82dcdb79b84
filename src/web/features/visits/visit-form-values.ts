import dayjs, { type Dayjs } from 'dayjs'
import type { ObjectiveKind } from '../../../core/visits/visit-status'
import type { Visit } from '../../../contracts/visits'
import type { PlanVisitBody } from './visit-requests'

export type PlanFormValues = {
  customerId?: string
  date?: Dayjs
  startTime?: Dayjs
  endTime?: Dayjs
  place?: string
  contactIds?: string[]
  whyThisTime?: string
  objectives?: { kind?: ObjectiveKind; text?: string }[]
  objections?: { objection?: string; response?: string }[]
  materials?: { text?: string }[]
  fabItems?: { feature?: string; advantage?: string; benefit?: string }[]
}

/** The form's values as the API's body: times as HH:MM on the organisation's clock, lists without blanks. */
export function toPlanBody(values: PlanFormValues): PlanVisitBody {
  return {
    customerId: values.customerId ?? '',
    date: values.date?.format('YYYY-MM-DD') ?? '',
    startTime: values.startTime?.format('HH:mm') ?? '',
    endTime: values.endTime?.format('HH:mm') ?? '',
    place: values.place ?? null,
    contactIds: values.contactIds ?? [],
    whyThisTime: values.whyThisTime ?? null,
    objectives: (values.objectives ?? []).map((o) => ({ kind: o.kind ?? 'other', text: o.text ?? '' })),
    objections: (values.objections ?? []).map((o) => ({
      objection: o.objection ?? '',
      response: o.response ?? '',
    })),
    materials: (values.materials ?? []).map((m) => m.text ?? '').filter((m) => m.trim() !== ''),
    // An empty benefit is sent as it is: the server refuses it by name (DOMAIN.md: benefit required).
    fabItems: (values.fabItems ?? []).map((f) => ({
      feature: f.feature ?? null,
      advantage: f.advantage ?? null,
      benefit: f.benefit ?? '',
    })),
  }
}

export function fromVisit(v: Visit): PlanFormValues {
  return {
    customerId: v.customerId,
    date: dayjs(v.startsOn),
    startTime: dayjs(`${v.startsOn}T${v.startTime}`),
    endTime: dayjs(`${v.startsOn}T${v.endTime}`),
    place: v.place ?? undefined,
    contactIds: v.contactIds,
    whyThisTime: v.whyThisTime ?? undefined,
    objectives: v.objectives.map((o) => ({ kind: o.kind, text: o.text })),
    objections: v.objections.map((o) => ({ objection: o.objection, response: o.response })),
    materials: v.materials.map((text) => ({ text })),
    fabItems: v.fabItems.map((f) => ({
      feature: f.feature ?? undefined,
      advantage: f.advantage ?? undefined,
      benefit: f.benefit,
    })),
  }
}
