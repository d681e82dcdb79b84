/**
 * Reads a ZIP file's central directory (an XLSX is a ZIP) to learn how many entries it has and
 * how big they are once inflated, before anything is inflated: a 50 kB "XLSX bomb" can claim
 * gigabytes. Returns null when the bytes are not a ZIP this reader understands (ZIP64 included:
 * no sales sheet needs it).
 */
export function zipContents(bytes: Uint8Array): { entries: number; uncompressedBytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (it may carry a comment).
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue
    const entries = view.getUint16(at + 10, true)
    let offset = view.getUint32(at + 16, true)
    if (entries === 0xffff || offset === 0xffffffff) return null
    let uncompressedBytes = 0
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null
      const size = view.getUint32(offset + 24, true)
      if (size === 0xffffffff) return null
      uncompressedBytes += size
      offset +=
        46 +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true)
    }
    return { entries, uncompressedBytes }
  }
  return null
}

export const isZip = (bytes: Uint8Array) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
