import { yearEndDeck } from '../../app/year-end-deck'
import { saveYearEndTexts } from '../../app/year-end-texts'
import {
  SavedYearEndTextsSchema,
  SaveYearEndTextsSchema,
  YearEndOutlineSchema,
  YearEndQuerySchema,
  type YearEndOutline,
} from '../../contracts/year-end'
import { deckSlideTitles, renderYearEndDeck } from '../../reports/year-end-deck/render-deck'
import { ERROR_RESPONSES } from '../error-responses'
import { downloadResponses } from '../download-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['reports']
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * The year-end summary deck (年終總結, DOMAIN.md "Reports"; issue 7): its outline before it is made,
 * the author's texts for its qualitative slides, and the .pptx itself. A download link cannot set
 * Accept-Language, so the deck's language may be named in the query.
 */
export function yearEndRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/reports/year-end',
    {
      schema: {
        tags,
        summary: 'The year-end summary deck as a PowerPoint file, for the company, a team or a rep',
        querystring: YearEndQuerySchema,
        response: downloadResponses(PPTX, 'the .pptx file'),
      },
    },
    async (request, reply) => {
      const { deck } = await yearEndDeck(ctxOf(request), request.query)
      const bytes = await renderYearEndDeck(deck)
      return (
        reply
          .header('content-type', PPTX)
          .header(
            'content-disposition',
            `attachment; filename="year-end-${deck.year}-${deck.scope.kind}.pptx"`,
          )
          // A Buffer is sent as it is: the error schemas above are for the OpenAPI document.
          .send(Buffer.from(bytes) as never)
      )
    },
  )
  app.get(
    '/api/v1/reports/year-end/outline',
    {
      schema: {
        tags,
        summary: "The deck's slides, generated facts, problems from the monthly reports, and your texts",
        querystring: YearEndQuerySchema,
        response: { 200: YearEndOutlineSchema, ...errors },
      },
    },
    async (request): Promise<YearEndOutline> => {
      const { deck, subject, scopeText, textsSavedAt } = await yearEndDeck(ctxOf(request), request.query)
      return {
        year: deck.year,
        period: deck.period,
        previous: deck.previous,
        scope: { kind: subject.kind, text: scopeText, name: subject.name },
        lang: deck.lang,
        hasData: deck.hasData,
        slides: deckSlideTitles(deck),
        facts: deck.facts,
        problems: deck.problems,
        texts: deck.texts,
        textsSavedAt,
      }
    },
  )
  app.put(
    '/api/v1/reports/year-end/texts',
    {
      schema: {
        tags,
        summary:
          "Keep what you wrote for a deck's factors, problems and next year's plan (per year, scope and author)",
        body: SaveYearEndTextsSchema,
        response: { 200: SavedYearEndTextsSchema, ...errors },
      },
    },
    async (request) => saveYearEndTexts(ctxOf(request), request.body),
  )
}
