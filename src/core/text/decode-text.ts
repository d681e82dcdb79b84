const TRADITIONAL = '個們這國會來時為說對於與經業務員訂單客戶產號數額總價據額筆'
const SIMPLIFIED = '个们这国会来时为说对于与经业务员订单客户产号数额总价据额笔'

const count = (text: string, chars: string) => {
  let n = 0
  for (const ch of text) if (chars.includes(ch)) n += 1
  return n
}

export type TextEncoding = 'utf-8' | 'big5' | 'gb18030'

/**
 * The encoding of a spreadsheet export, judged from its bytes (the whole file, or its beginning when
 * `partial`, where a character may be cut at the end): UTF-8 (with or without a BOM) when the bytes
 * are valid UTF-8; otherwise Big5 or GB18030, whichever decodes cleanly and reads as its own script
 * (Excel in Taiwan saves CSV as Big5, in mainland China as GB18030). Null when none fits.
 */
export function detectEncoding(bytes: Uint8Array, partial = false): TextEncoding | null {
  const decodes = (encoding: TextEncoding) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: partial })
    } catch {
      return null
    }
  }
  if (decodes('utf-8') !== null) return 'utf-8'
  const candidates = (['big5', 'gb18030'] as const).flatMap((encoding) => {
    const text = decodes(encoding)
    if (text === null) return []
    const own = encoding === 'big5' ? count(text, TRADITIONAL) : count(text, SIMPLIFIED)
    const other = encoding === 'big5' ? count(text, SIMPLIFIED) : count(text, TRADITIONAL)
    return [{ encoding, score: own - other }]
  })
  return candidates.sort((a, b) => b.score - a.score)[0]?.encoding ?? null
}

/** Bytes of a whole spreadsheet export as text, in the encoding `detectEncoding` finds. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const encoding = detectEncoding(bytes)
  if (!encoding) return null
  const text = new TextDecoder(encoding).decode(bytes)
  return { text: encoding === 'utf-8' ? text.replace(/^\uFEFF/, '') : text, encoding }
}
