/**
 * How long a post (or a friend request) is held, with nothing shown, while what its check needs
 * arrives: the checker, the settings the worker publishes, the prompt's frame, the worker's answer
 * about pupils' names (the first moments on a page, or after install). After that it goes unchecked.
 */
export const WAIT_MS = 8000;

/** `p`, or null once `ms` have passed. */
export async function withTimeout<T>(p: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * True while a held post or request waits for what its check needs (no prompt is drawn yet): further
 * sends are held too, so a second click or Enter cannot start a second hold and send twice.
 */
export interface HoldGate {
  awaiting: boolean;
}
