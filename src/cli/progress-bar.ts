/**
 * A one-line progress bar on stderr for long imports, drawn only when stderr is a terminal (a
 * redirected log gets no carriage-return noise) and at most ten times a second.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let last = 0
  const draw = (done: number, total: number, detail: string) => {
    const share = total > 0 ? Math.min(1, done / total) : 0
    const width = 30
    const filled = Math.round(share * width)
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${detail}`,
    )
  }
  return {
    update(done: number, total: number, detail = '') {
      if (!stream.isTTY) return
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      draw(done, total, detail)
    },
    stop() {
      if (stream.isTTY && last > 0) stream.write('\n')
    },
  }
}
