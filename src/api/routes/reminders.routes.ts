import { z } from 'zod'
import {
  calendarFeedEvents,
  createCalendarFeed,
  deleteMyCalendarFeed,
  myCalendarFeed,
} from '../../app/calendar-feed'
import { pushAgendas, readPushSetting, savePushSetting } from '../../app/reminder-push'
import { AppError } from '../../core/app-error'
import {
  CalendarFeedSchema,
  CalendarFileParamsSchema,
  CreatedCalendarFeedSchema,
  PushQuerySchema,
  PushReportSchema,
  PushSettingSchema,
} from '../../contracts/reminders'
import { renderIcal } from '../../reports/ical'
import { ERROR_RESPONSES } from '../error-responses'
import { downloadResponses } from '../download-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['reminders']

/** Reminders (DOMAIN.md): each user's private calendar feed, and the morning push to a chat webhook. */
export function reminderRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/calendar/feed',
    {
      schema: {
        tags,
        summary: 'Whether I have a calendar feed (its URL was shown once, when made)',
        response: { 200: CalendarFeedSchema, ...errors },
      },
    },
    async (request) => myCalendarFeed(ctxOf(request)),
  )
  app.post(
    '/api/v1/calendar/feed',
    {
      schema: {
        tags,
        summary: 'Make my private calendar feed URL, or a new one in place of the old (shown once)',
        response: { 201: CreatedCalendarFeedSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createCalendarFeed(ctxOf(request))),
  )
  app.delete(
    '/api/v1/calendar/feed',
    {
      schema: {
        tags,
        summary: 'Stop my calendar feed',
        response: { 204: z.null().describe('Stopped'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteMyCalendarFeed(ctxOf(request))
      return reply.status(204).send(null)
    },
  )
  app.get(
    '/api/v1/calendar/:file',
    {
      // A calendar application sends no cookie: the token in the path is the credential.
      config: { public: true },
      schema: {
        tags,
        summary:
          'A private iCalendar feed: the owner’s agenda for the next 14 days (/api/v1/calendar/<token>.ics)',
        params: CalendarFileParamsSchema,
        response: downloadResponses('text/calendar', 'the agenda as iCalendar'),
        security: [],
      },
    },
    async (request, reply) => {
      const { file } = request.params
      if (!file.endsWith('.ics')) throw new AppError('not_found')
      const calendar = await calendarFeedEvents(ctxOf(request), file.slice(0, -'.ics'.length))
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header('content-disposition', 'inline; filename="abacus.ics"')
        .send(renderIcal({ prodId: '-//Abacus//Agenda//EN', refreshMinutes: 60, ...calendar }))
    },
  )
  app.get(
    '/api/v1/settings/reminder-push',
    {
      schema: {
        tags,
        summary: 'The morning push’s chat webhook (admins)',
        response: { 200: PushSettingSchema, ...errors },
      },
    },
    async (request) => readPushSetting(ctxOf(request)),
  )
  app.put(
    '/api/v1/settings/reminder-push',
    {
      schema: {
        tags,
        summary:
          'Set the chat webhook: wecom | dingtalk | slack | json, and whether to push each morning (admins)',
        body: PushSettingSchema,
        response: { 200: PushSettingSchema, ...errors },
      },
    },
    async (request) => savePushSetting(ctxOf(request), request.body),
  )
  app.post(
    '/api/v1/reminders/push',
    {
      schema: {
        tags,
        summary: 'Push every rep’s agenda for a day (default today) to the chat webhook now (admins)',
        querystring: PushQuerySchema,
        response: { 200: PushReportSchema, ...errors },
      },
    },
    async (request) => pushAgendas(ctxOf(request), request.query),
  )
}
