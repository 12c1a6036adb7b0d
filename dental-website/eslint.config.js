import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = [
  'admin-categories', 'admin-content', 'admin-orders', 'admin-products', 'admin-reviews', 'admin-users', 'articles', 'auth', 'cart', 'case-studies', 'catalog', 'dashboard', 'orders', 'reviews',
  'stock-alerts',
]

const noSonner = { name: 'sonner', message: 'Use @/lib/toast (sonner is loaded after the first paint).' }

const noAxios = { name: 'axios', importNames: ['default', 'create'], message: 'Use the one instance in @/lib/api-client.' }

/** A feature imports neither another feature nor the app layer; components and lib import no feature. */
const boundaries = [
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/types/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noAxios, noSonner],
        patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code does not import features or the app.' }],
      }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noAxios, noSonner],
        patterns: [{
          group: ['@/app/*', ...FEATURES.filter((other) => other !== feature).map((other) => `@/features/${other}/*`)],
          message: 'Features do not import each other: compose them in src/app/routes.',
        }],
      }],
    },
  })),
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noAxios, noSonner] }] },
  },
  {
    files: ['src/lib/api-client.ts', 'src/lib/toast.ts', 'src/components/ui/sonner.tsx', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, reactHooks.configs.flat['recommended-latest']],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...boundaries,
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.{js,mjs,ts}', 'eslint.config.js', 'vite.config.ts'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
)
