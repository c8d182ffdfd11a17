/**
 * What Think Twice draws on a site outside the prompt: the live region, the typing indicator and the
 * lesson-time banner, in the closed shadow root of ./host.ts, attached only once there is something
 * to show. (The prompt and the friend-request reminder are drawn in ./prompt-layer.ts.)
 */
import { render } from 'preact';
import { LiveRegion } from './LiveRegion';
import { Indicator, type IndicatorProps } from './Indicator';
import { LessonBanner } from './Banner';
import { mountShadow, type ShadowMount } from './host';
import { CONTENT_CSS } from './styles';
import { followLanguage } from '../follow-language';

export interface UiState {
  indicator: IndicatorProps | null;
  announce: string;
  banner: { label: string; clause: string; onDismiss: () => void } | null;
  /** While the prompt is open the indicator and the banner step aside. */
  promptOpen: boolean;
}

/** How long a new live region waits before its first message, so screen readers register it first. */
const FIRST_ANNOUNCE_MS = 150;

export class ContentUi {
  private state: UiState = { indicator: null, announce: '', banner: null, promptOpen: false };
  private mount: ShadowMount | null = null;
  private pending: ReturnType<typeof setTimeout> | undefined;

  /** The host element once attached (for event containment), else null. */
  get host(): HTMLElement | null {
    return this.mount?.host ?? null;
  }

  update(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    const { indicator, announce, banner } = this.state;
    if (!this.mount) {
      if (!indicator && !banner && !announce) return;
      this.mount = mountShadow(CONTENT_CSS);
      // Only once there is something to draw: most pages never need the language setting.
      void followLanguage(() => this.draw());
      if (announce) {
        // A live region that appears with its message already in it is often not read out.
        const message = announce;
        this.state = { ...this.state, announce: '' };
        this.pending = setTimeout(() => this.update({ announce: message }), FIRST_ANNOUNCE_MS);
      }
    } else if (patch.announce) clearTimeout(this.pending);
    this.mount.attach();
    this.draw();
  }

  private draw(): void {
    if (!this.mount) return;
    const { indicator, announce, banner, promptOpen } = this.state;
    render(
      <>
        <LiveRegion message={announce} />
        {banner && !promptOpen && <LessonBanner {...banner} />}
        {indicator && !promptOpen && <Indicator {...indicator} />}
      </>,
      this.mount.container,
    );
  }
}
