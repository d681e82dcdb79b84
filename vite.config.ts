import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const repo = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: repo('./src/web'),
  plugins: [react()],
  build: {
    outDir: repo('./dist/web'),
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
})
