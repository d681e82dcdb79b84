import { listNotifications, markNotificationsRead, unreadNotificationCount } from '../../app/notifications'
import {
  NotificationListQuerySchema,
  NotificationListSchema,
  NotificationParamsSchema,
  UnreadCountSchema,
} from '../../contracts/notifications'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['notifications']

/** The caller's in-app notifications (e.g. a callback audit's discrepancy, for the rep's manager). */
export function notificationRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: "The caller's notifications, newest first, and the unread count",
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListSchema, ...errors },
      },
    },
    async (request) => listNotifications(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of the caller’s notifications are unread (the bell’s badge)',
        response: { 200: UnreadCountSchema, ...errors },
      },
    },
    async (request) => unreadNotificationCount(ctxOf(request)),
  )
  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: NotificationParamsSchema,
        response: { 200: UnreadCountSchema, ...errors },
      },
    },
    async (request) => markNotificationsRead(ctxOf(request), request.params.id),
  )
  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark every notification of the caller read',
        response: { 200: UnreadCountSchema, ...errors },
      },
    },
    async (request) => markNotificationsRead(ctxOf(request), null),
  )
}
