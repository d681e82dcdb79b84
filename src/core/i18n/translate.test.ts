import { describe, expect, it } from 'vitest'
import { CATALOGUES, translate } from './translate'
import { LANGS } from './lang'

describe('catalogues', () => {
  it('have the same keys and placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(CATALOGUES.en))
      for (const lang of LANGS) {
        const other = CATALOGUES[lang][key as keyof typeof CATALOGUES.en]
        expect(other, `${lang} ${key}`).toBeTruthy()
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text))
      }
  })
  it('use the glossary words for core terms', () => {
    expect(CATALOGUES['zh-Hant']['role.rep']).toBe('業務員')
    expect(CATALOGUES['zh-Hans']['role.rep']).toBe('业务员')
    expect(CATALOGUES['zh-Hant']['label.owner']).toBe('負責人')
  })
})

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('en', 'error.duplicate_email', { email: 'a@b.c' })).toBe(
      'A user with the email a@b.c already exists.',
    )
    expect(translate('zh-Hant', 'error.duplicate_email', { email: 'a@b.c' })).toBe(
      '電子郵件 a@b.c 已有使用者使用。',
    )
  })
})
