import { App } from 'antd'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { scheduleKeys } from './schedule-keys'
import { createSlot, dropSlot, fetchWeek, moveSlot, type SlotTime, type WeekQuery } from './schedule-requests'

/** A rep's week; the previous week stays on screen while the next one loads. */
export const useWeek = (query: WeekQuery, enabled: boolean) =>
  useQuery({
    queryKey: scheduleKeys.week(query),
    queryFn: () => fetchWeek(query),
    enabled,
    placeholderData: keepPreviousData,
  })

/** The slot a change applies to: a planned one by id and version, else a proposal by customer. */
export type SlotTarget = { customerId: string; customerName: string; slot?: { id: string; version?: number } }

/**
 * Accept, move, plan and drop, each reloading the week. A refusal (an overlap, or someone who
 * changed the slot first) is said in the reader's language and the week is shown as it now is.
 */
export function useSlotActions() {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: scheduleKeys.all })
  const onError = (error: unknown) => {
    void refresh()
    if (isHttpError(error, 412)) return void message.warning(t('schedule.actedFirst'))
    void message.error(error instanceof Error ? error.message : String(error))
  }
  const done = (text: string) => () => {
    void refresh()
    void message.success(text)
  }

  /** Plans the visit at `time`: a new slot, or the planned / set-aside one moved there. */
  const plan = useMutation({
    mutationFn: ({ target, time }: { target: SlotTarget; time: SlotTime }) =>
      target.slot
        ? moveSlot(target.slot.id, target.slot.version, time)
        : createSlot({ customerId: target.customerId, ...time, status: 'accepted' }),
    onSuccess: (slot) =>
      done(t('schedule.plannedMessage', { name: slot.customerName, date: slot.date, start: slot.start }))(),
    onError,
  })
  /** Calls off a planned visit, or sets a proposal aside for the week (keeping its time). */
  const drop = useMutation({
    mutationFn: ({ target, time }: { target: SlotTarget; time: SlotTime }) =>
      target.slot?.version !== undefined
        ? dropSlot(target.slot.id, target.slot.version)
        : createSlot({ customerId: target.customerId, ...time, status: 'dropped' }),
    onSuccess: (slot) => done(t('schedule.droppedMessage', { name: slot.customerName }))(),
    onError,
  })
  return { plan, drop }
}
