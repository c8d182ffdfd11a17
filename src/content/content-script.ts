/**
 * Content script entry: runs at document_start on the supported sites and wires the site adapter,
 * the checker and the prompt together. Everything fails open: an error inside Think Twice must
 * never stop the site working or a post going.
 *
 * Its parts: ./settings-state (the school's settings as published by the worker), ./lesson (lesson
 * time and its banner), ./loaders (the checker and the model, loaded and readied only once a
 * composer is used), ./typing (the check while typing, and the indicator), ./post-hold (a post
 * checked and held while the prompt shows), ./request-reminders (the friend-request reminder).
 */
import { sendToBackground } from '../platform/content';
import { adapterFor, GENERIC } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { ContentUi } from '../ui/content/App';
import { containEvents } from '../ui/content/host';
import { PromptLayer } from '../ui/content/prompt-layer';
import { Interceptor } from './intercept';
import { watchLesson } from './lesson';
import { createLoaders } from './loaders';
import { log } from './log';
import { createPostHold } from './post-hold';
import { createPupilLookup } from './pupil-lookup';
import { createRequestHold } from './request-reminders';
import { type PageSettings, watchSettings } from './settings-state';
import { createTypedFindings, watchTyping } from './typing';
import type { HoldGate } from './wait';

/** The adapter for the current URL, recomputed only when single-page navigation changes it; null where the school switched the site off. */
function siteLookup(settings: PageSettings): () => SiteAdapter | null {
  let cache: { href: string; site: SiteAdapter | null } | null = null;
  return () => {
    if (cache?.href !== location.href) cache = { href: location.href, site: adapterFor(location.href, document) };
    // Markup-detected sites (Mastodon) may only be recognisable once the page has rendered.
    if (!cache.site && document.readyState !== 'loading') cache.site = adapterFor(location.href, document);
    const site = cache.site;
    // The school may switch a site off (settings.sites).
    if (site && (settings.snapshot?.settings.sites as Record<string, boolean> | undefined)?.[site.id] === false) return null;
    return site;
  };
}

function start(): void {
  const controller = new AbortController();
  const ui = new ContentUi();
  const layer = new PromptLayer(log);
  const loaders = createLoaders(log);
  const settings = watchSettings(loaders.engine, log);
  const lesson = watchLesson(ui, settings);
  const site = siteLookup(settings);
  const gate: HoldGate = { awaiting: false };
  /** Which of the school's pupil names a draft contains, asked of the worker (content scripts hold no pupil list). */
  const pupils = createPupilLookup(sendToBackground, log);
  const typed = createTypedFindings();
  /** The model when loaded; asking starts the (one) load, off the keystroke path. Null = rules only. */
  const model = () => (settings.snapshot?.settings.toneModel.enabled === false ? null : loaders.tone.get());

  // The school's settings are read at the person's first interaction with the page (a pointer
  // down comes before its click, a focus before typing), not at load: see ./settings-state.
  const firstInteraction = { capture: true, passive: true, once: true, signal: controller.signal } as const;
  for (const type of ['pointerdown', 'keydown', 'focusin']) window.addEventListener(type, () => void settings.load(), firstInteraction);

  const hold = createPostHold({ site, settings, lesson: lesson.live, model, pupils, typed, loaders, ui, layer, gate, log });
  const holdRequest = createRequestHold({ site, settings, ui, layer, gate, log });
  const ownUi = (t: EventTarget) => (ui.host !== null && t === ui.host) || layer.owns(t);
  containEvents(ownUi, controller.signal);
  const interceptor = new Interceptor({ site, fallback: GENERIC, hold, holdRequest, ownUi, promptOpen: () => layer.open || gate.awaiting, log });
  interceptor.install(controller.signal);
  watchTyping({ site, settings, loaders, model, pupils, typed, ui, layer, log }, controller.signal);
}

try {
  start();
} catch (err) {
  log('could not start on this page; the site is unaffected', err);
}
