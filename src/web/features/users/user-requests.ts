import type { z } from 'zod'
import type { CreateUserSchema, UpdateUserSchema, User } from '../../../contracts/users'
import { http, ifMatch } from '../../lib/http'

export type CreateUserBody = z.input<typeof CreateUserSchema>
export type UpdateUserBody = z.input<typeof UpdateUserSchema>

export const fetchUsers = () => http<{ items: User[] }>('GET', '/users')

export const createUser = (body: CreateUserBody) => http<User>('POST', '/users', { body })

export const updateUser = (id: string, version: number, body: UpdateUserBody) =>
  http<User>('PATCH', `/users/${encodeURIComponent(id)}`, { body, headers: ifMatch(version) })
