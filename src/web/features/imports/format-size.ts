/** A file size as people read it: 812 B, 3.4 KB, 12.5 MB (1 KB = 1024 bytes, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
