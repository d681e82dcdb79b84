import { addDays, localDateAt } from '../core/dates/local-date'
import type { Random } from '../core/random/seeded-random'

/**
 * The writes of the crash-safety suite (issue 9, point 3) and what became of each: acknowledged (a
 * complete 2xx reply arrived), unknown (the server died first: either outcome is right, but never
 * half of it) or refused (a complete error reply: nothing may be kept). Every record carries a
 * unique marker, so crash-checks.ts finds it in the database after each restart.
 */
export type Outcome = 'acked' | 'unknown' | 'refused'

export type Ledger = {
  /** By summary: `crash:fu:<marker>`. */
  followUps: Map<string, Outcome>
  /** By order number `crash-o-<marker>`: lines sent and their total. */
  orders: Map<string, { lines: number; total: number; outcome: Outcome }>
  /** By the external-id prefix `ci-<marker>-` of the customers a CSV import creates. */
  imports: Map<string, { rows: number; batchId: string | null; outcome: Outcome }>
  /** By the plan's place `crash-v-<marker>`: each step the visit went through. */
  visits: Map<string, { plan: Outcome; checkIn?: Outcome; review?: Outcome }>
  acked: number
  /** Complete replies that were not 2xx: none is expected (every request is valid). */
  unexpected: string[]
}

export const newLedger = (): Ledger => ({
  followUps: new Map(),
  orders: new Map(),
  imports: new Map(),
  visits: new Map(),
  acked: 0,
  unexpected: [],
})

/** The ledger as it is now, for a check that runs on while the clients write. */
export function copyLedger(ledger: Ledger): Ledger {
  return {
    followUps: new Map(ledger.followUps),
    orders: new Map([...ledger.orders].map(([k, v]) => [k, { ...v }])),
    imports: new Map([...ledger.imports].map(([k, v]) => [k, { ...v }])),
    visits: new Map([...ledger.visits].map(([k, v]) => [k, { ...v }])),
    acked: ledger.acked,
    unexpected: [...ledger.unexpected],
  }
}

export type Client = {
  cookie: string
  customers: readonly string[]
  random: Random
  /** A prefix unique to this client: its markers never meet another's. */
  name: string
}

export type Target = {
  origin: string
  /** Set when the server is being killed: the client finishes its request and stops. */
  stopped: () => boolean
  /** Told of each acknowledged write (the killer counts them). */
  onAck: () => void
}

type Sent = { status: number; text: string } | null

/** A request whose complete reply is `{status, text}`, or null when the server died before it. */
async function request(
  target: Target,
  method: string,
  path: string,
  cookie: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Sent> {
  try {
    const response = await fetch(target.origin + path, {
      method,
      headers: {
        cookie,
        ...(typeof body === 'string' ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    })
    return { status: response.status, text: await response.text() }
  } catch {
    return null
  }
}

let sequence = 0

function outcomeOf(ledger: Ledger, target: Target, what: string, sent: Sent, ok = (s: number) => s < 300) {
  if (!sent) return 'unknown' as const
  if (ok(sent.status)) {
    ledger.acked++
    target.onAck()
    return 'acked' as const
  }
  ledger.unexpected.push(`${what}: ${sent.status} ${sent.text.slice(0, 300)}`)
  return 'refused' as const
}

async function followUp(ledger: Ledger, target: Target, client: Client, marker: string) {
  const summary = `crash:fu:${marker}`
  ledger.followUps.set(summary, 'unknown')
  const sent = await request(target, 'POST', '/api/v1/follow-ups', client.cookie, {
    customerId: client.random.pick(client.customers),
    channel: client.random.pick(['phone', 'message', 'email', 'meeting'] as const),
    summary,
  })
  ledger.followUps.set(summary, outcomeOf(ledger, target, 'follow-up', sent))
}

async function order(ledger: Ledger, target: Target, client: Client, marker: string, today: string) {
  const lines = Array.from({ length: client.random.int(1, 6) }, (_, i) => ({
    product: `P${i}`,
    quantity: client.random.int(1, 5),
    unitPrice: client.random.int(100, 10_000),
  }))
  const number = `crash-o-${marker}`
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0)
  ledger.orders.set(number, { lines: lines.length, total, outcome: 'unknown' })
  const sent = await request(target, 'POST', '/api/v1/orders', client.cookie, {
    number,
    customerId: client.random.pick(client.customers),
    orderDate: today,
    lines,
    note: marker,
  })
  ledger.orders.set(number, { lines: lines.length, total, outcome: outcomeOf(ledger, target, 'order', sent) })
}

/**
 * A small customers CSV, all-or-nothing; half the time streamed (NDJSON), where the 200 comes
 * first and the import is acknowledged only by its final report line.
 */
async function csvImport(ledger: Ledger, target: Target, client: Client, marker: string) {
  const prefix = `ci-${marker}-`
  const rows = client.random.int(2, 6)
  const csv = [
    'Customer ID,Customer Name,Phone',
    ...Array.from({ length: rows }, (_, i) => `${prefix}${i},Crash ${marker} ${i},02-2345-${1000 + i}`),
  ].join('\n')
  ledger.imports.set(prefix, { rows, batchId: null, outcome: 'unknown' })
  const streamed = client.random.chance(0.5)
  const sent = await request(
    target,
    'POST',
    '/api/v1/imports/customers?mode=all-or-nothing&name=crash.csv',
    client.cookie,
    csv,
    { 'content-type': 'text/csv', ...(streamed ? { accept: 'application/x-ndjson' } : {}) },
  )
  const report = (() => {
    if (!sent || sent.status !== 200) return null
    // Streamed, the report is the last line; a file done before its first progress line is
    // answered with the report alone.
    const last = sent.text.trim().split('\n').pop() ?? ''
    const parsed = JSON.parse(last) as { report?: ImportReport } & Partial<ImportReport>
    return parsed.report ?? (parsed.committed === undefined ? null : (parsed as ImportReport))
  })()
  const done = report?.committed === true && report.created === rows
  const outcome = outcomeOf(ledger, target, 'import', sent && { ...sent, status: done ? 200 : 422 })
  ledger.imports.set(prefix, { rows, batchId: report?.batchId ?? null, outcome })
}
type ImportReport = { committed: boolean; created: number; batchId: string | null }

/** Plan → check in → review (which writes the follow-up in its own transaction): three writes. */
async function visit(ledger: Ledger, target: Target, client: Client, marker: string, today: string) {
  const place = `crash-v-${marker}`
  const steps: Ledger['visits'] extends Map<string, infer S> ? S : never = { plan: 'unknown' }
  ledger.visits.set(place, steps)
  const planned = await request(target, 'POST', '/api/v1/visits', client.cookie, {
    customerId: client.random.pick(client.customers),
    date: addDays(today, 1),
    startTime: '10:00',
    endTime: '11:00',
    place,
    objectives: [
      { kind: 'relationship', text: `Meet ${marker}` },
      { kind: 'product', text: `Show ${marker}` },
    ],
  })
  steps.plan = outcomeOf(ledger, target, 'visit plan', planned)
  if (steps.plan !== 'acked' || target.stopped()) return
  const plan = JSON.parse((planned as { text: string }).text) as { id: string; objectives: { id: string }[] }
  steps.checkIn = 'unknown'
  const checkedIn = await request(target, 'POST', `/api/v1/visits/${plan.id}/check-in`, client.cookie, {})
  steps.checkIn = outcomeOf(ledger, target, 'check-in', checkedIn)
  if (steps.checkIn !== 'acked' || target.stopped()) return
  steps.review = 'unknown'
  const reviewed = await request(target, 'POST', `/api/v1/visits/${plan.id}/review`, client.cookie, {
    objectives: plan.objectives.map((o, i) =>
      i === 0 ? { id: o.id, result: 'yes' } : { id: o.id, result: 'partly', reason: 'Later' },
    ),
    customerView: 'Keen',
    actions: [{ text: `Act ${marker}`, dueOn: addDays(today, 7) }],
    issues: [`Issue ${marker}`],
    summary: `crash:rv:${marker}`,
  })
  steps.review = outcomeOf(ledger, target, 'review', reviewed)
}

/**
 * One client: random writes (follow-ups 40 %, orders 25 %, visits 25 %, imports 10 %) until the
 * server is being killed. Returns when its last request has an outcome.
 */
export async function runClient(ledger: Ledger, target: Target, client: Client): Promise<void> {
  const today = localDateAt(new Date(), 'Asia/Taipei')
  while (!target.stopped()) {
    const marker = `${client.name}-${++sequence}`
    const roll = client.random.next()
    if (roll < 0.4) await followUp(ledger, target, client, marker)
    else if (roll < 0.65) await order(ledger, target, client, marker, today)
    else if (roll < 0.9) await visit(ledger, target, client, marker, today)
    else await csvImport(ledger, target, client, marker)
  }
}

/** How many requests came to `outcome`, over every kind of write. */
export function countOutcomes(ledger: Ledger, outcome: Outcome): number {
  const all: (Outcome | undefined)[] = [
    ...ledger.followUps.values(),
    ...[...ledger.orders.values()].map((o) => o.outcome),
    ...[...ledger.imports.values()].map((i) => i.outcome),
    ...[...ledger.visits.values()].flatMap((v) => [v.plan, v.checkIn, v.review]),
  ]
  return all.filter((o) => o === outcome).length
}
