import { describe, expect, it } from 'vitest'
import { searchPattern, searchText } from './search-text'

describe('searchText', () => {
  const text = searchText({
    name: 'Acme 台灣',
    companyName: '頂好實業股份有限公司',
    phone: '02-2345-6789',
    contacts: [{ name: '王小明', phone: '0912-345-678' }],
  })
  it('holds name, company, contact names and phones, lower-cased', () => {
    for (const part of ['acme 台灣', '頂好實業', '王小明', '02-2345-6789']) expect(text).toContain(part)
  })
  it('holds phones without separators too', () => {
    expect(text).toContain('0912345678')
  })
})

describe('searchPattern', () => {
  it('escapes LIKE wildcards so they match literally', () => {
    expect(searchPattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%')
  })
})
