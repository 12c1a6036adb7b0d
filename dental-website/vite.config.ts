/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'

import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

import { preloadDynamicApp } from './scripts/preload-start-plugin.ts'
import { prerenderPages } from './scripts/prerender-plugin.ts'
import { precompress } from './scripts/precompress-plugin.ts'

const apiTarget = process.env.VITE_API_PROXY ?? 'http://127.0.0.1:5000'

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadDynamicApp(['react-dom/client.js', 'src/app/start.tsx']), prerenderPages(), precompress()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/static/uploads': { target: apiTarget, changeOrigin: false },
      '/sitemap.xml': { target: apiTarget },
      '^/sitemap-\\d+\\.xml$': { target: apiTarget },
      '/robots.txt': { target: apiTarget },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry runs before the app: the page's prefetch (a few kB), so it never waits for React.
            { name: 'boot', test: /preload-helper|src[\\/]app[\\/]route-prefetch\.ts$|stored-cart\.ts$|next-task\.ts$/, priority: 2 },
            // React itself, then the app shell (the router, the layout): two chunks fetched with the entry
            // (preloadDynamicApp) and evaluated in two tasks (main.tsx).
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'app', test: /src[\\/]app[\\/]start\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    testTimeout: 30_000,
  },
})
