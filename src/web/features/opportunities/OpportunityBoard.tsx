import { useState } from 'react'
import { Flex, Skeleton } from 'antd'
import type { Board, Opportunity } from '../../../contracts/opportunities'
import { isOpenStage, type OpportunityStage } from '../../../core/opportunities/stages'
import { useCurrentUser } from '../auth/current-user'
import { BoardColumn } from './BoardColumn'
import { LoseModal } from './LoseModal'
import { OpportunityCard } from './OpportunityCard'
import { reopensOpportunities, worksOpportunities } from './opportunity-roles'
import { useMoveOpportunity } from './use-move-opportunity'

type Props = { board: Board | undefined; loading: boolean; onEdit: (o: Opportunity) => void }

/**
 * The board (DOMAIN.md "Opportunities"): person → platform → money → won | lost. A card dropped on
 * a column, or moved with its stage list, is sent to the server as it was shown; dropping on lost
 * asks for the reason first.
 */
export function OpportunityBoard({ board, loading, onEdit }: Props) {
  const user = useCurrentUser()
  const [losing, setLosing] = useState<Opportunity | null>(null)
  const move = useMoveOpportunity(() => setLosing(null))
  const works = worksOpportunities(user)
  const mayReopen = reopensOpportunities(user)
  if (!board) return <Skeleton active />
  const cards = board.columns.flatMap((c) => c.items)
  const moveTo = (o: Opportunity, stage: OpportunityStage) => {
    if (stage === o.stage) return
    // A closed card only reopens, and only for a manager or admin: the server says so too.
    if (!isOpenStage(o.stage) && (!mayReopen || !isOpenStage(stage))) return
    if (stage === 'lost') return setLosing(o)
    move.mutate({ opportunity: o, body: { stage } })
  }
  return (
    <>
      <Flex
        gap={12}
        align="flex-start"
        style={{ overflowX: 'auto', paddingBottom: 8, opacity: loading ? 0.7 : 1 }}
      >
        {board.columns.map((column) => (
          <BoardColumn
            key={column.stage}
            stage={column.stage}
            count={column.count}
            amount={column.amount}
            shown={column.items.length}
            onDropCard={
              works
                ? (id) => {
                    const card = cards.find((c) => c.id === id)
                    if (card) moveTo(card, column.stage)
                  }
                : null
            }
          >
            {column.items.map((o) => (
              <OpportunityCard
                key={o.id}
                opportunity={o}
                movesTo={works ? (stage) => moveTo(o, stage) : null}
                mayReopen={mayReopen}
                onEdit={works ? () => onEdit(o) : null}
              />
            ))}
          </BoardColumn>
        ))}
      </Flex>
      <LoseModal
        opportunity={losing}
        confirming={move.isPending}
        onCancel={() => setLosing(null)}
        onLose={(body) => losing && move.mutate({ opportunity: losing, body: { stage: 'lost', ...body } })}
      />
    </>
  )
}
