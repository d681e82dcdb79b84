import { z } from 'zod'
import type { ZodApp } from '../zod-app'

export function healthRoutes(app: ZodApp) {
  app.get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )
}
