import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs))
}

/** tailwind-merge builds its class tables on first use (several ms): called at start-up, in a task of its own. */
export function prepareClassMerging() {
  twMerge('p-0 p-1')
}
