import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'

// Bytes as Excel writes them: "訂單編號,客戶名稱" in Big5 and "订单编号,客户名称" in GB18030.
const BIG5 = Uint8Array.from([
  0xad, 0x71, 0xb3, 0xe6, 0xbd, 0x73, 0xb8, 0xb9, 0x2c, 0xab, 0xc8, 0xa4, 0xe1, 0xa6, 0x57, 0xba, 0xd9,
])
const GB18030 = Uint8Array.from([
  0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6,
])

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode('訂單編號,金額')
    expect(decodeText(utf8)).toEqual({ text: '訂單編號,金額', encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))?.text).toBe('訂單編號,金額')
  })
  it('recognises Big5 and GB18030 by what they read as', () => {
    expect(decodeText(BIG5)).toEqual({ text: '訂單編號,客戶名稱', encoding: 'big5' })
    expect(decodeText(GB18030)).toEqual({ text: '订单编号,客户名称', encoding: 'gb18030' })
  })
})
