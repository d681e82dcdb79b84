import { expect } from 'vitest'
import type { APIRequestContext } from 'playwright-core'
import type { RunningServer } from './abacus-server'

/** Creates something through the API and expects 201 (the body in the message if not): its id. */
export async function post(request: APIRequestContext, url: string, data: object): Promise<{ id: string }> {
  const response = await request.post(url, { data })
  expect(response.status(), `${url}: ${await response.text()}`).toBe(201)
  return (await response.json()) as { id: string }
}

/** Signs in through the API: the page's later requests and navigations carry the session. */
export async function signIn(
  request: APIRequestContext,
  server: RunningServer,
  who: { email: string; password: string },
): Promise<void> {
  const login = await request.post(`${server.url}/api/v1/auth/login`, {
    data: { email: who.email, password: who.password },
  })
  expect(login.status()).toBe(200)
}
