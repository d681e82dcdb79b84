const TRADITIONAL = '個們這國會來時為說對於與經業務員訂單客戶產號數額總價據額筆'
const SIMPLIFIED = '个们这国会来时为说对于与经业务员订单客户产号数额总价据额笔'

const count = (text: string, chars: string) => {
  let n = 0
  for (const ch of text) if (chars.includes(ch)) n += 1
  return n
}

/**
 * Bytes of a spreadsheet export as text: UTF-8 (with or without a BOM) when the bytes are valid
 * UTF-8; otherwise Big5 or GB18030, whichever decodes cleanly and reads as its own script
 * (Excel in Taiwan saves CSV as Big5, in mainland China as GB18030). Null when none fits.
 */
export function decodeText(
  bytes: Uint8Array,
): { text: string; encoding: 'utf-8' | 'big5' | 'gb18030' } | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' }
  } catch {
    // not UTF-8: try the two Chinese legacy encodings
  }
  const candidates = (['big5', 'gb18030'] as const).flatMap((encoding) => {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
      const own = encoding === 'big5' ? count(text, TRADITIONAL) : count(text, SIMPLIFIED)
      const other = encoding === 'big5' ? count(text, SIMPLIFIED) : count(text, TRADITIONAL)
      return [{ text, encoding, score: own - other }]
    } catch {
      return []
    }
  })
  const best = candidates.sort((a, b) => b.score - a.score)[0]
  return best ? { text: best.text, encoding: best.encoding } : null
}
