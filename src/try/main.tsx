/**
 * "Try a draft": type or paste a post and see exactly what Think Twice would say about it on a site
 * (the same assessment, the same settings, the same prompt, today's lesson-time status), with no
 * site and no network. For staff training, and for admins checking what their settings do.
 */
import '../ui/pages.css';
import './try.css';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Prompt } from '../ui/content/Prompt';
import { CONTENT_CSS } from '../ui/content/styles';
import { ProblemList } from '../ui/ProblemList';
import { LessonTime } from '../ui/popup/LessonTime';
import { watchSettings } from '../settings/load';
import type { ResolvedSettings } from '../settings/resolve';
import { clauseLink, POLICY_PAGE_PATH } from '../policy/links';
import { clauseFor } from '../policy/clauses';
import { extensionUrl, openOptionsPage, optionsPageUrl, sendToBackground } from '../platform/browser';
import { createDraftChecker, type DraftCheck, type SnapshotState } from './check';
import { SettingsInForce } from './SettingsInForce';
import { t, type MessageKey } from '../ui/i18n';
import { useLanguage } from '../ui/use-language';

/** How long typing pauses before the draft is checked as it is typed. */
const TYPING_PAUSE_MS = 500;

// The prompt's own styles, as its frame uses them on a site; try.css lays it out in the page's flow.
const sheet = new CSSStyleSheet();
sheet.replaceSync(CONTENT_CSS.replace(':host { all: initial; }', ''));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const checker = createDraftChecker();

const wouldStop = (n: number) => (n === 1 ? t('tryWouldStopOne') : t('tryWouldStopMany', n));

function TryDraft() {
  const [state, setState] = useState<SnapshotState | null>(null);
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [text, setText] = useState('');
  const [media, setMedia] = useState(false);
  const [live, setLive] = useState(true);
  const [result, setResult] = useState<DraftCheck | null>(null);
  // What the live regions say, kept as what happened rather than as words, so that they follow a change of language.
  const [phase, setPhase] = useState<'' | 'checking' | 'done' | 'failed'>('');
  const [note, setNote] = useState<MessageKey | ''>('');
  const draft = useRef<HTMLTextAreaElement>(null);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void checker.settings().then(setState);
    const off = checker.onSettings(setState);
    // The lesson-time panel reads the timetable as the popup does.
    const stop = watchSettings(setResolved);
    return () => {
      off();
      stop();
    };
  }, []);

  /**
   * `asked`: the person chose "Check this draft", so the answer is announced even when it is the one
   * already shown. A check while typing changes the live region only when the answer changes, so a
   * screen reader is not interrupted at every pause.
   */
  const run = async (draftText: string, mediaAttached: boolean, asked = false) => {
    clearTimeout(timer.current);
    const mine = ++seq.current;
    setNote('');
    if (draftText.trim() === '') {
      setResult(null);
      setPhase('');
      return;
    }
    if (asked) setPhase('checking');
    try {
      const got = await checker.check(draftText, { mediaAttached });
      if (mine !== seq.current) return;
      setResult(got);
      setPhase('done');
    } catch (err) {
      if (mine !== seq.current) return;
      console.info('[Think Twice] the draft could not be checked', err);
      setResult(null);
      setPhase('failed');
    }
  };

  // New settings (an admin's policy applied, the model switched off) change the answer: check again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settings changing should re-run the check, not each keystroke
  useEffect(() => {
    if (result) void run(result.text, media);
  }, [state]);

  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    if (live) timer.current = setTimeout(() => void run(value, media), TYPING_PAUSE_MS);
  };

  const policyHref = (clause: string) => clauseLink(clause, state?.snapshot.settings.policyUrl ?? '', extensionUrl(POLICY_PAGE_PATH));
  const settingsHref = optionsPageUrl();
  const promptKey = useMemo(() => result?.concerns.map((c) => c.key).join('|') ?? '', [result]);

  // The page's own words in the language the staff member or the school chose, as the popup's are.
  const language = useLanguage(resolved?.settings.language);
  if (!resolved || !language) return <p>{t('tryLoading')}</p>;
  document.title = `${t('tryTitle')} – ${t('extName')}`;
  const status =
    phase === 'checking'
      ? t('tryChecking')
      : phase === 'failed'
        ? t('tryFailed')
        : phase === 'done' && result
          ? result.prompt
            ? wouldStop(result.concerns.length)
            : t('tryWouldNotStop')
          : '';

  return (
    <main>
      <h1>{t('tryTitle')}</h1>
      <p>{t('tryLead')}</p>
      <p class="muted">{t('tryPrivacy')}</p>
      {state && <ProblemList problems={state.snapshot.problems} />}
      {state?.defaults && <p class="notice">{t('tryDefaults')}</p>}
      <form
        class="try-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(text, media, true);
        }}
      >
        <div class="field">
          <label for="try-draft">{t('tryDraftLabel')}</label>
          <p class="help" id="try-draft-help">
            {t('tryDraftHelp')}
          </p>
          <textarea
            id="try-draft"
            ref={draft}
            rows={6}
            aria-describedby="try-draft-help"
            value={text}
            spellcheck
            onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        <p class="try-option">
          <input
            id="try-media"
            type="checkbox"
            checked={media}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              setMedia(on);
              if (live && text.trim()) void run(text, on);
            }}
          />{' '}
          <label for="try-media">{t('tryMediaLabel')}</label>
        </p>
        <p class="try-option">
          <input id="try-live" type="checkbox" checked={live} onChange={(e) => setLive((e.currentTarget as HTMLInputElement).checked)} />{' '}
          <label for="try-live">{t('tryLiveLabel')}</label>
        </p>
        <button type="submit" class="primary" data-testid="try-check">
          {t('tryCheckButton')}
        </button>
      </form>

      <section aria-labelledby="try-result-h" class="try-result">
        <h2 id="try-result-h">{t('tryResultHeading')}</h2>
        <p role="status" aria-live="polite" class="try-status" data-testid="try-status">
          {status}
        </p>
        {!result && !phase && <p class="muted">{t('tryEmpty')}</p>}
        {result && <ResultNotes result={result} />}
        {result?.prompt && (
          <div class="tt try-prompt" data-testid="try-prompt">
            <Prompt
              key={promptKey}
              {...result.prompt}
              preview
              onEdit={() => {
                setNote('tryEditNote');
                draft.current?.focus();
              }}
              onPostAnyway={() => setNote('tryPostAnywayNote')}
              onNotConcern={() => setNote('tryNotConcernNote')}
              onOpenClause={(clause) => void sendToBackground({ type: 'open-policy', clause })}
            />
          </div>
        )}
        <p role="status" class="muted" data-testid="try-note">
          {note && t(note)}
        </p>
      </section>

      <LessonTime
        timetable={resolved.settings.timetable}
        freePeriods={resolved.settings.freePeriods}
        clauseHref={policyHref(state ? clauseFor(state.snapshot.pack, 'lesson-time') : '')}
        broken={resolved.problems.some((p) => p.path.startsWith('timetable'))}
        settingsHref={settingsHref}
        onOpenSettings={() => void openOptionsPage()}
      />

      {state ? <SettingsInForce snapshot={state.snapshot} /> : <p>{t('tryLoading')}</p>}
    </main>
  );
}

/** What else a site would show or do with this draft, and what this check could not include. */
function ResultNotes(props: { result: DraftCheck }) {
  const { result } = props;
  const lines: string[] = [];
  if (result.lessonBanner) lines.push(t('tryLessonBanner', result.lessonBanner));
  if (result.model === 'failed') lines.push(t('tryModelFailed'));
  if (!result.pupilsChecked) lines.push(t('tryPupilsFailed'));
  if (lines.length === 0) return null;
  return (
    <ul class="try-notes" data-testid="try-notes">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

render(<TryDraft />, document.getElementById('app')!);
