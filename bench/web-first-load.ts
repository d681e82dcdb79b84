import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export type FirstLoad = {
  webRoot: string
  /** Whether this run built the web app (into a temporary folder, never dist/web). */
  built: boolean
  files: { path: string; bytes: number; gzipBytes: number }[]
  bytes: number
  gzipBytes: number
}

/**
 * The JavaScript the browser must fetch before the first page shows: the entry script of
 * index.html and every module it preloads (Vite writes the entry's static imports as
 * `modulepreload` links); pages and charts loaded on demand are not counted. gzip at level 6, as a
 * server or CDN sends it. Builds the app into a temporary folder when `webRoot` is null, so the
 * figure is of the code as it is (dist/web may be older, and other runs read it).
 */
export function webFirstLoad(webRoot: string | null, log: (line: string) => void): FirstLoad {
  let root = webRoot
  let built = false
  if (!root) {
    root = mkdtempSync(join(tmpdir(), 'abacus-bench-web-'))
    log(`Building the web app into ${root}…`)
    const repo = fileURLToPath(new URL('..', import.meta.url))
    const vite = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'vite.config.ts',
        '--outDir',
        root,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status})`)
    built = true
  }
  const index = join(root, 'index.html')
  if (!existsSync(index)) throw new Error(`no index.html in ${root}`)
  const html = readFileSync(index, 'utf8')
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] as string)
  const files = [...new Set(paths)].map((path) => {
    const content = readFileSync(join(root, path.replace(/^\//, '')))
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 6 }).length }
  })
  return {
    webRoot: root,
    built,
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  }
}
