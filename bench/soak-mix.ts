import type { Session } from './session'

/** One request of the mix: what it is called in the report, and how to make it. */
export type SoakRequest = {
  name: string
  kind: 'read' | 'write'
  /** Sends it; resolves to the status of the answer that is timed (the last one, for a read-then-write). */
  send: (fetcher: Fetcher) => Promise<number>
}
/** One HTTP request on the load generator's keep-alive connections, as `session`. */
export type Fetcher = (
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> },
  session: Session,
) => Promise<{ status: number; body: string }>

export type MixContext = {
  reps: { session: Session; customerIds: string[] }[]
  manager: Session
  admin: Session
  random: () => number
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T

const today = () => new Date().toISOString().slice(0, 10)

/**
 * The mixed load, by weight: reads (lists, details, agenda, analyses, team views) four in five,
 * writes (follow-ups, orders, customer edits) one in five — what a sales team does in a day.
 */
export function soakMix(ctx: MixContext): { weight: number; make: () => SoakRequest }[] {
  const rep = () => pick(ctx.reps, ctx.random)
  const get = (name: string, path: () => string, who: () => Session): SoakRequest => ({
    name,
    kind: 'read',
    send: async (f) => {
      return (await f(path(), {}, who())).status
    },
  })
  return [
    {
      weight: 14,
      make: () =>
        get(
          'customer list',
          () => '/api/v1/customers?limit=50',
          () => rep().session,
        ),
    },
    {
      weight: 14,
      make: () => {
        const r = rep()
        return get(
          'customer detail',
          () => `/api/v1/customers/${pick(r.customerIds, ctx.random)}`,
          () => r.session,
        )
      },
    },
    {
      weight: 6,
      make: () => {
        const r = rep()
        return get(
          'customer timeline',
          () => `/api/v1/customers/${pick(r.customerIds, ctx.random)}/timeline`,
          () => r.session,
        )
      },
    },
    {
      weight: 10,
      make: () =>
        get(
          'agenda',
          () => '/api/v1/agenda',
          () => rep().session,
        ),
    },
    {
      weight: 6,
      make: () =>
        get(
          'follow-up list',
          () => '/api/v1/follow-ups?limit=50',
          () => rep().session,
        ),
    },
    {
      weight: 6,
      make: () =>
        get(
          'order list',
          () => '/api/v1/orders?limit=50',
          () => rep().session,
        ),
    },
    {
      weight: 4,
      make: () =>
        get(
          'visit list',
          () => '/api/v1/visits',
          () => rep().session,
        ),
    },
    {
      weight: 4,
      make: () =>
        get(
          'gain/loss analysis',
          () => '/api/v1/analyses/customers',
          () => ctx.manager,
        ),
    },
    {
      weight: 4,
      make: () =>
        get(
          'sales analysis',
          () => '/api/v1/analyses/sales',
          () => ctx.admin,
        ),
    },
    {
      weight: 3,
      make: () =>
        get(
          'team table',
          () => '/api/v1/analyses/team',
          () => ctx.manager,
        ),
    },
    {
      weight: 3,
      make: () =>
        get(
          'team monitor',
          () => '/api/v1/team-monitor',
          () => ctx.manager,
        ),
    },
    {
      weight: 9,
      make: () => {
        const r = rep()
        return {
          name: 'log a follow-up',
          kind: 'write',
          send: async (f) => {
            const response = await f(
              '/api/v1/follow-ups',
              {
                method: 'POST',
                body: {
                  customerId: pick(r.customerIds, ctx.random),
                  channel: 'phone',
                  summary: 'Soak: called about the spring order',
                  outcome: 'Will confirm next week',
                },
              },
              r.session,
            )
            return response.status
          },
        }
      },
    },
    {
      weight: 6,
      make: () => {
        const r = rep()
        return {
          name: 'enter an order',
          kind: 'write',
          send: async (f) => {
            const response = await f(
              '/api/v1/orders',
              {
                method: 'POST',
                body: {
                  number: `SOAK-${Date.now()}-${Math.floor(ctx.random() * 1e9)}`,
                  customerId: pick(r.customerIds, ctx.random),
                  orderDate: today(),
                  lines: [{ product: 'Soak test product', quantity: 2, unitPrice: 1250_00 }],
                },
              },
              r.session,
            )
            return response.status
          },
        }
      },
    },
    {
      weight: 5,
      make: () => {
        const r = rep()
        return {
          name: 'edit a customer',
          kind: 'write',
          send: async (f) => {
            const id = pick(r.customerIds, ctx.random)
            const current = await f(`/api/v1/customers/${id}`, {}, r.session)
            if (current.status !== 200) return current.status
            const { version } = JSON.parse(current.body) as { version: number }
            const response = await f(
              `/api/v1/customers/${id}`,
              {
                method: 'PATCH',
                headers: { 'if-match': `"${version}"` },
                body: { notes: `Soak edit ${Math.floor(ctx.random() * 1e9)}` },
              },
              r.session,
            )
            return response.status
          },
        }
      },
    },
  ]
}
