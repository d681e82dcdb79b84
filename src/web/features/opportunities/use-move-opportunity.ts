import { App } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Opportunity } from '../../../contracts/opportunities'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { opportunityKeys } from './opportunity-keys'
import { moveOpportunity, type MoveOpportunityBody } from './opportunity-requests'
import { stageLabel } from './stage-label'

export type Move = { opportunity: Opportunity; body: MoveOpportunityBody }

/**
 * Moves a card with the version it showed (If-Match). On 412 someone moved it first: the board is
 * reloaded and the reader told; nothing is retried. Other refusals say why in the reader's language.
 */
export function useMoveOpportunity(onMoved?: () => void) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: opportunityKeys.all })
  return useMutation({
    mutationFn: ({ opportunity, body }: Move) => moveOpportunity(opportunity.id, opportunity.version, body),
    onSuccess: (moved) => {
      void refresh()
      void message.success(
        t('opportunities.moved', { title: moved.title, stage: stageLabel(t, moved.stage) }),
      )
      onMoved?.()
    },
    onError: (error) => {
      void refresh()
      if (isHttpError(error, 412)) return void message.warning(t('opportunities.movedFirst'))
      const details = isHttpError(error) ? error.details.map((d) => d.message) : []
      void message.error([error instanceof Error ? error.message : String(error), ...details].join(' '))
    },
  })
}
