import { describe, expect, it } from 'vitest'
import { parseLang } from './lang'

describe('parseLang', () => {
  it('reads Taiwan and Hong Kong tags as Traditional Chinese', () => {
    expect(parseLang('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-Hant')
    expect(parseLang('zh-HK')).toBe('zh-Hant')
    expect(parseLang('zh-Hant')).toBe('zh-Hant')
  })
  it('reads mainland tags as Simplified Chinese', () => {
    expect(parseLang('zh-CN,zh;q=0.9')).toBe('zh-Hans')
    expect(parseLang('zh-Hans')).toBe('zh-Hans')
  })
  it('honours quality values over order', () => {
    expect(parseLang('en;q=0.5, zh-TW;q=0.9')).toBe('zh-Hant')
  })
  it('falls back when nothing matches', () => {
    expect(parseLang('fr-FR', 'zh-Hant')).toBe('zh-Hant')
    expect(parseLang(undefined)).toBe('en')
  })
})
