/** Build-time settings; an invalid value stops the app at start rather than failing later. */
function apiBaseUrl() {
  const value = import.meta.env.VITE_API_URL ?? ''
  if (value && !/^https?:\/\//.test(value)) {
    throw new Error(`VITE_API_URL must be an absolute http(s) URL, got "${value}"`)
  }
  return value.replace(/\/$/, '')
}

export const env = {
  API_URL: apiBaseUrl(),
  DEFAULT_STORE_NAME: 'DentalTech Pro',
  DEFAULT_CURRENCY: 'MAD',
} as const
