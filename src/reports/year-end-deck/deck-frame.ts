import type PptxGenJS from 'pptxgenjs'
import type { YearEndDeck } from '../../core/year-end/deck-model'
import { BAR_H, COLORS, CONTENT, FOOTER_Y, MARGIN_X, SLIDE, TITLE_PT } from './deck-layout'
import type { DeckText } from './deck-text'

export const CONTENT_MASTER = 'ABACUS_CONTENT'
export const COVER_MASTER = 'ABACUS_COVER'

/** Text options every run carries: the language's face and tag (DESIGN.md: `lang` on text, or CJK renders in the wrong regional form). */
export const textOf = (
  text: DeckText,
  options: PptxGenJS.TextPropsOptions = {},
): PptxGenJS.TextPropsOptions => ({
  fontFace: text.font,
  lang: text.tag,
  color: COLORS.text,
  fontSize: 14,
  margin: 0,
  ...options,
})

const LOGO = { x: SLIDE.w - MARGIN_X - 1.2, y: 0.12, w: 1.2, h: BAR_H - 0.24 }

/**
 * The template: a navy title bar (with the logo at its right when there is one), a footer line
 * with the organisation's name at its left and the slide number at its right; the cover its own.
 */
export function defineMasters(pptx: PptxGenJS, deck: YearEndDeck, text: DeckText) {
  const logo = deck.logo
    ? [{ image: { data: deck.logo, ...LOGO, sizing: { type: 'contain' as const, w: LOGO.w, h: LOGO.h } } }]
    : []
  pptx.defineSlideMaster({
    title: CONTENT_MASTER,
    background: { color: COLORS.white },
    objects: [
      {
        rect: {
          x: 0,
          y: 0,
          w: SLIDE.w,
          h: BAR_H,
          fill: { color: COLORS.navy },
          line: { color: COLORS.navy },
        },
      },
      ...logo,
      {
        line: {
          x: MARGIN_X,
          y: FOOTER_Y,
          w: SLIDE.w - 2 * MARGIN_X,
          h: 0,
          line: { color: COLORS.line, width: 0.75 },
        },
      },
      {
        text: {
          text: deck.organisation,
          options: textOf(text, {
            x: MARGIN_X,
            y: FOOTER_Y + 0.08,
            w: 8,
            h: 0.32,
            fontSize: 10,
            color: COLORS.grey,
          }),
        },
      },
    ],
    slideNumber: {
      x: SLIDE.w - MARGIN_X - 0.8,
      y: FOOTER_Y + 0.08,
      w: 0.8,
      h: 0.32,
      fontFace: text.font,
      fontSize: 10,
      color: COLORS.grey,
      align: 'right',
    },
  })
  pptx.defineSlideMaster({
    title: COVER_MASTER,
    background: { color: COLORS.navy },
    objects: [
      {
        rect: {
          x: 0,
          y: SLIDE.h - 0.35,
          w: SLIDE.w,
          h: 0.35,
          fill: { color: COLORS.blue },
          line: { color: COLORS.blue },
        },
      },
      ...(deck.logo
        ? [
            {
              image: {
                data: deck.logo,
                x: SLIDE.w - MARGIN_X - 2,
                y: 0.5,
                w: 2,
                h: 1,
                sizing: { type: 'contain' as const, w: 2, h: 1 },
              },
            },
          ]
        : []),
    ],
  })
}

/** A content slide with its title in the bar. */
export function contentSlide(
  pptx: PptxGenJS,
  text: DeckText,
  title: string,
  hasLogo: boolean,
): PptxGenJS.Slide {
  const slide = pptx.addSlide({ masterName: CONTENT_MASTER })
  slide.addText(
    title,
    textOf(text, {
      x: MARGIN_X,
      y: 0.1,
      w: SLIDE.w - 2 * MARGIN_X - (hasLogo ? LOGO.w + 0.2 : 0),
      h: BAR_H - 0.2,
      fontSize: TITLE_PT,
      bold: true,
      color: COLORS.white,
      valign: 'middle',
      fit: 'shrink',
    }),
  )
  return slide
}

/** A short line under the title: the slide's headline figures or what it shows. */
export function noteLine(slide: PptxGenJS.Slide, text: DeckText, note: string) {
  slide.addText(
    note,
    textOf(text, { x: CONTENT.x, y: CONTENT.y, w: CONTENT.w, h: 0.4, fontSize: 13, color: COLORS.grey }),
  )
}

/** The slide's message where a chart or table would be empty (issue 7 point 6: say so, no empty charts). */
export function emptyMessage(slide: PptxGenJS.Slide, text: DeckText, message: string, box = CONTENT) {
  slide.addText(
    message,
    textOf(text, {
      ...box,
      fontSize: 16,
      color: COLORS.grey,
      align: 'center',
      valign: 'middle',
      italic: true,
    }),
  )
}
