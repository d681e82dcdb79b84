import type { YearEndDeck } from '../../core/year-end/deck-model'
import type { DeckText } from './deck-text'

/** Whose deck it is, as the cover says it: the whole company, a manager's team, a rep's own year. */
export const scopeLabel = (deck: YearEndDeck, text: DeckText) =>
  text.t(`deck.scope.${deck.scope.kind}`, { name: deck.scope.name })

/** Whose year, inside a sentence: the organisation, a manager's team, a rep by name. */
export const subjectLabel = (deck: YearEndDeck, text: DeckText) =>
  deck.scope.kind === 'company'
    ? deck.organisation
    : deck.scope.kind === 'team'
      ? text.t('deck.scope.team', { name: deck.scope.name })
      : deck.scope.name
