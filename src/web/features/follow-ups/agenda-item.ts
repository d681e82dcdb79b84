import type { Agenda } from '../../../contracts/follow-ups'

/** One customer on a rep's agenda. */
export type AgendaItem = Agenda['items'][number]
