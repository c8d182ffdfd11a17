/**
 * The per-keystroke measure bench:typing and bench:page share. Per keystroke: from the keydown's
 * creation (its timeStamp) to the end of the last of keydown, beforeinput and input to finish
 * dispatching (bubble listeners on window run after the site's handlers), read when the keyup
 * arrives. Lexical and Draft.js cancel beforeinput, so often no input event fires at all.
 */
import type { Page } from 'playwright-core';

type Probe = { __lat: number[]; __down: number; __end: number };

/** Starts recording keystroke times in the page (from now on; earlier keys are not counted). */
export async function startKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Probe;
    w.__lat = [];
    window.addEventListener(
      'keydown',
      (e) => {
        w.__down = e.timeStamp;
        w.__end = 0;
      },
      { capture: true },
    );
    for (const type of ['keydown', 'beforeinput', 'input'])
      window.addEventListener(type, () => {
        w.__end = performance.now();
      });
    window.addEventListener(
      'keyup',
      () => {
        if (w.__down && w.__end) w.__lat.push(w.__end - w.__down);
        w.__down = 0;
      },
      { capture: true },
    );
  });
}

/** The keystroke times recorded since startKeystrokeProbe, in ms. */
export function keystrokeTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as Probe).__lat);
}
