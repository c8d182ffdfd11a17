/** The root of everything drawn on a site: the live region, the indicator and the prompt. */
import { render } from 'preact';
import { LiveRegion } from './LiveRegion';
import { Indicator, type IndicatorProps } from './Indicator';
import { Prompt, type PromptProps } from './Prompt';
import { LessonBanner } from './Banner';
import { RequestReminder, type RequestReminderProps } from './RequestReminder';

export interface UiState {
  prompt: PromptProps | null;
  indicator: IndicatorProps | null;
  announce: string;
  banner: { label: string; onDismiss: () => void } | null;
  reminder: RequestReminderProps | null;
}

export class ContentUi {
  private state: UiState = { prompt: null, indicator: null, announce: '', banner: null, reminder: null };
  constructor(private readonly container: HTMLElement) {
    this.draw();
  }
  get promptOpen(): boolean {
    return this.state.prompt !== null || this.state.reminder !== null;
  }
  /**
   * Draws the new state. If drawing fails, the prompt and the reminder are taken down (so nothing
   * counts as open that the person cannot see) and the error is thrown for the caller to let the
   * post go.
   */
  update(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    try {
      this.draw();
    } catch (err) {
      this.state = { ...this.state, prompt: null, reminder: null };
      try {
        this.draw();
      } catch {
        // Nothing more to take down: the prompt is already marked closed.
      }
      throw err;
    }
  }
  private draw(): void {
    const { prompt, indicator, announce, banner, reminder } = this.state;
    render(
      <>
        <LiveRegion message={announce} />
        {banner && !prompt && <LessonBanner {...banner} />}
        {indicator && !prompt && <Indicator {...indicator} />}
        {/* A key per prompt so each one starts fresh (focus, reason, dismissed concerns). */}
        {reminder && !prompt && <RequestReminder {...reminder} />}
        {prompt && <Prompt key={prompt.concerns.map((c) => c.key).join('|')} {...prompt} />}
      </>,
      this.container,
    );
  }
}
