// Built from bench/.cache/bare-app (a copy beside a node_modules link to dental-website's).
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({ plugins: [react()], build: { target: 'es2022' } })
