/**
 * Mastodon (and other instances of the sites Think Twice knows by their markup) on the school's
 * own or any other host: the staff member grants the host here; nothing is granted silently.
 */
import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, removeOrigin, requestOrigin } from '../../platform/browser';
import { t } from '../i18n';

export function ExtraSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [host, setHost] = useState('');
  const [message, setMessage] = useState('');
  const refresh = async () => {
    setOrigins(await grantedOrigins());
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only; refresh reads no state
  useEffect(() => void refresh(), []);
  const add = async (e: Event) => {
    e.preventDefault();
    const clean = host
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/.*$/, '')
      .toLowerCase();
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(clean)) {
      setMessage(t('sitesBadAddress'));
      return;
    }
    const granted = await requestOrigin(`https://${clean}/*`);
    setMessage(granted ? t('sitesGranted', clean) : t('sitesRefused', clean));
    setHost('');
    await refresh();
  };
  const remove = async (origin: string) => {
    await removeOrigin(origin);
    await refresh();
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sitesHeading')}</h2>
      <p class="help">{t('sitesHelp')}</p>
      <form onSubmit={(e) => void add(e)}>
        <label for="extra-host">{t('sitesServer')}</label>
        <input
          id="extra-host"
          type="text"
          value={host}
          placeholder="mastodon.example.org"
          onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('sitesAllow')}</button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {origins.length > 0 && (
        <ul>
          {origins.map((o) => (
            <li key={o}>
              {o.replace(/^https:\/\//, '').replace(/\/\*$/, '')}{' '}
              <button type="button" onClick={() => void remove(o)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
