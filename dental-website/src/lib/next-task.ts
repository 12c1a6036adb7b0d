/** Resolves in a new task: the browser can paint and answer input before the code after `await` runs. */
export function nextTask() {
  return new Promise<void>((resolve) => setTimeout(resolve, 0))
}
