/** The three languages every visible string exists in (GLOSSARY.md). */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang)

/**
 * Picks a language from an Accept-Language header or a bare tag. Taiwan, Hong Kong and Macau tags
 * (and `Hant`) read Traditional; every other Chinese tag reads Simplified; anything else English.
 */
export function parseLang(header: string | undefined | null, fallback: Lang = 'en'): Lang {
  if (!header) return fallback
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((t) => t.tag && !Number.isNaN(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of tags) {
    if (tag.startsWith('zh')) {
      return /hant|-tw|-hk|-mo/.test(tag) ? 'zh-Hant' : 'zh-Hans'
    }
    if (tag.startsWith('en')) return 'en'
  }
  return fallback
}
