/**
 * Reads NDJSON as it arrives: each call takes the whole text received so far (an XHR's growing
 * `responseText`) and returns the values of the lines completed since the previous call. A line
 * is parsed only once its newline has arrived, so a half-received line is never misread; a line
 * that is not JSON is skipped.
 */
export function ndjsonReader(): (text: string) => unknown[] {
  let consumed = 0
  return (text) => {
    const values: unknown[] = []
    for (let end = text.indexOf('\n', consumed); end >= 0; end = text.indexOf('\n', consumed)) {
      const line = text.slice(consumed, end).trim()
      consumed = end + 1
      if (!line) continue
      try {
        values.push(JSON.parse(line))
      } catch {
        // Not ours to show: the final line decides the outcome.
      }
    }
    return values
  }
}
