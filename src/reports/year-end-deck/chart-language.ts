import JSZip from 'jszip'
import type { DeckText } from './deck-text'

/**
 * What pptxgenjs leaves out of a deck's charts and theme, put in (DESIGN.md: CJK in the wrong
 * regional form without the language tag): pie and doughnut charts and every chart legend are
 * written `lang="en-US"`, and chart text names only a Latin typeface, so East Asian text fell back
 * to the theme's East Asian font, which pptxgenjs leaves empty. Every chart part gets the deck's
 * language tag and its face for East Asian text too; the theme's fonts get it as their East Asian
 * face. The chart data is not touched.
 */
export async function tagChartLanguage(bytes: Uint8Array, text: DeckText): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const face = `typeface="${text.font}"`
  for (const name of Object.keys(zip.files)) {
    const chart = /^ppt\/charts\/chart\d+\.xml$/.test(name)
    const theme = /^ppt\/theme\/theme\d+\.xml$/.test(name)
    if (!chart && !theme) continue
    const file = zip.file(name)
    if (!file) continue
    let xml = await file.async('string')
    if (chart)
      xml = xml
        .replaceAll('lang="en-US"', `lang="${text.tag}"`)
        .replace(
          /<a:latin typeface="([^"]*)"\s*\/>(?!\s*<a:ea)/g,
          (_, latin: string) => `<a:latin typeface="${latin}"/><a:ea ${face}/>`,
        )
    else
      xml = xml.replace(
        /(<a:(?:major|minor)Font>\s*<a:latin [^>]*\/>\s*)<a:ea typeface="[^"]*"\s*\/>/g,
        `$1<a:ea ${face}/>`,
      )
    zip.file(name, xml)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
