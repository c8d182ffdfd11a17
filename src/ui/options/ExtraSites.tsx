/**
 * Mastodon (and other instances of the sites Think Twice knows by their markup) on the school's
 * own or any other host: the staff member grants the host here; nothing is granted silently.
 */
import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins, removeOrigin, requestOrigin } from '../../platform/browser';

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
      setMessage('Enter a web address such as mastodon.example.org.');
      return;
    }
    const granted = await requestOrigin(`https://${clean}/*`);
    setMessage(granted ? `Think Twice will now check posts on ${clean}.` : `Permission for ${clean} was not given.`);
    setHost('');
    await refresh();
  };
  const remove = async (origin: string) => {
    await removeOrigin(origin);
    await refresh();
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Mastodon and other sites</h2>
      <p class="help">
        Think Twice works on Facebook, X, Instagram, LinkedIn, YouTube, Threads, Bluesky, Reddit, TikTok and mastodon.social. For another Mastodon server, add
        its address; your browser will ask you to confirm.
      </p>
      <form onSubmit={(e) => void add(e)}>
        <label for="extra-host">Server address</label>
        <input
          id="extra-host"
          type="text"
          value={host}
          placeholder="mastodon.example.org"
          onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">Allow Think Twice on this server</button>
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
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
