/** How long a chat service may take to answer before the post counts as failed. */
const TIMEOUT_MS = 10_000

/**
 * Posts JSON to a webhook; null when it was taken, else why not, for a person to read. WeCom and
 * DingTalk answer HTTP 200 with a non-zero `errcode` when they refuse a message (a wrong key, a
 * rate limit): that is a failure too. Never throws: one unreachable receiver must not stop the
 * others' messages.
 */
export async function postWebhook(
  url: string,
  body: unknown,
  timeoutMs = TIMEOUT_MS,
): Promise<string | null> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
  }
  const text = await response.text().catch(() => '')
  if (!response.ok) return `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`
  try {
    const answer = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown }
    if (typeof answer.errcode === 'number' && answer.errcode !== 0)
      return `errcode ${answer.errcode}: ${String(answer.errmsg ?? '')}`.trim()
  } catch {
    // Slack answers "ok" as plain text; anything 2xx that is not JSON counts as taken.
  }
  return null
}
