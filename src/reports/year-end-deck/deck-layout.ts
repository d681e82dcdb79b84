import type { Lang } from '../../core/i18n/lang'

/**
 * The one template of the year-end deck: 16:9 (13.333 × 7.5 in), a title bar, the organisation's
 * name and the slide number in the footer, content between. Sizes in inches, fonts in points.
 */
export const SLIDE = { w: 13.333, h: 7.5 }
export const BAR_H = 0.85
export const FOOTER_Y = 7.0
export const MARGIN_X = 0.5
/** Where a slide's content may go: under the title bar, above the footer. */
export const CONTENT = { x: MARGIN_X, y: 1.1, w: SLIDE.w - 2 * MARGIN_X, h: 5.75 }

export const COLORS = {
  navy: '1F3864',
  blue: '2E75B6',
  lightBlue: '9DC3E6',
  green: '548235',
  red: 'C00000',
  grey: '7F7F7F',
  lightGrey: 'F2F2F2',
  line: 'D9D9D9',
  text: '262626',
  white: 'FFFFFF',
  amber: 'BF8F00',
}

/** Table rows: one line of 11 pt (a cell never wraps), or two for the problems and their solutions. */
export const TABLE = { fontPt: 11, headerH: 0.42, rowH: 0.36, twoLineRowH: 0.62, cellMarginPt: 5 }

export const TEXT_PT = 14
export const TITLE_PT = 24

/**
 * The language tag set on every run of text and every chart (pptxgenjs `lang`): without it
 * PowerPoint takes Chinese for Japanese and draws the wrong regional forms.
 */
export const LANG_TAG: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

/**
 * The typeface per language, as Debian's fonts-noto-cjk installs it: Traditional or Simplified
 * forms. English takes the Traditional face too: its Latin letters are Noto Sans, and the names of
 * customers and people in an English deck are most often written in Traditional characters.
 */
export const FONT: Record<Lang, string> = {
  'zh-Hant': 'Noto Sans CJK TC',
  'zh-Hans': 'Noto Sans CJK SC',
  en: 'Noto Sans CJK TC',
}
