import type { APIRequestContext } from 'playwright-core'
import type { RunningServer } from './abacus-server'
import { post } from './api'

/** The password of every user made by addUser. */
const USER_PASSWORD = 'correct-horse-9'

/** Adds a user (the request signed in as an admin) named `name`, e-mail `<name>@example.com`. */
export const addUser = (
  request: APIRequestContext,
  server: RunningServer,
  name: string,
  role: string,
  managerId?: string,
) =>
  post(request, `${server.url}/api/v1/users`, {
    name,
    email: `${name.toLowerCase()}@example.com`,
    role,
    password: USER_PASSWORD,
    ...(managerId ? { managerId } : {}),
  })
