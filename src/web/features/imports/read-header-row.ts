/** How far into the file the header row is looked for; a header row is never this long. */
const HEAD_BYTES = 64 * 1024

/** Splits one CSV line into cells: commas separate, double quotes wrap, `""` is a quote. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells.map((c) => c.trim())
}

/**
 * The file's header row as the browser reads it, or null when it is not UTF-8 (Big5, GB18030):
 * only the server decodes those, so the preview is skipped rather than shown garbled. The bytes
 * are cut at the first line feed, which never occurs inside a Big5 or GB18030 character either.
 */
export function readHeaderRow(bytes: ArrayBuffer): string[] | null {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, HEAD_BYTES))
  const end = head.indexOf(0x0a)
  try {
    const line = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      end >= 0 ? head.subarray(0, end) : head,
    )
    const headers = splitCsvLine(line.replace(/\r$/, ''))
    return headers.some(Boolean) ? headers : null
  } catch {
    return null
  }
}
