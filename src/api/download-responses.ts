import { z } from 'zod'
import { ERROR_RESPONSES } from './error-responses'

/**
 * The responses of a download for the OpenAPI document: the file under its own content type for
 * 200, and the usual JSON error bodies for the rest. (Fastify's `produces` put every status under
 * the file's type — a 404 "as a .pptx" — and left a 200 without any.)
 */
export function downloadResponses(contentType: string, description: string) {
  return {
    // Typed unknown (a Buffer or a stream is sent as it is); documented as binary.
    200: {
      description,
      content: {
        [contentType]: { schema: z.unknown().meta({ type: 'string', format: 'binary', description }) },
      },
    },
    ...ERROR_RESPONSES,
  }
}
