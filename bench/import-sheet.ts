import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

/**
 * Writes an order sheet as a team's ERP exports it: `lines` rows in Traditional Chinese headers,
 * 1–4 lines per order (2.5 on average), 10,000 customers, thousands separators and `NT$` in the
 * prices, a price with three decimals every seventh line (rounded on import), dates in three
 * formats. Deterministic, so every run imports the same file.
 */
export async function writeOrderSheet(path: string, lines: number, repEmails: readonly string[]) {
  const out = createWriteStream(path)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write('\uFEFF訂單編號,客戶編號,客戶名稱,訂單日期,業務員,產品,數量,單價\r\n')
  let line = 0
  for (let order = 1; line < lines; order++) {
    const customer = (order * 7919) % 10_000
    const rep = repEmails[customer % repEmails.length]
    const month = 1 + (order % 12)
    const day = 1 + (order % 28)
    const date =
      order % 3 === 0
        ? `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : order % 3 === 1
          ? `2025/${month}/${day}`
          : `2025年${month}月${day}日`
    for (let n = 1 + (order % 4); n > 0 && line < lines; n--, line++) {
      const price = 100 + ((line * 37) % 20_000)
      const cents = line % 7 === 0 ? '.125' : '.50'
      await write(
        `SO${String(order).padStart(8, '0')},C${customer},客戶${customer}號,${date},${rep},產品${line % 400},${1 + (line % 9)},"NT$${price.toLocaleString('en')}${cents}"\r\n`,
      )
    }
  }
  out.end()
  await once(out, 'finish')
}
