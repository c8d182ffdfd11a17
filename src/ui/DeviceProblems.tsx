/**
 * Problems the worker met on this device (src/storage/device-problems.ts): shown with the settings
 * problems, each with a button to dismiss it. Live: a problem recorded or cleared while the page is
 * open appears or goes.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLocalChanged, readLocal, sendToBackground } from '../platform/browser';
import { DEVICE_PROBLEMS_KEY, readDeviceProblems, type DeviceProblem } from '../storage/device-problems';
import { t } from './i18n';

export function DeviceProblems() {
  const [problems, setProblems] = useState<DeviceProblem[]>([]);
  useEffect(() => {
    void readLocal<unknown>(DEVICE_PROBLEMS_KEY).then((v) => setProblems(readDeviceProblems(v)));
    return onLocalChanged<unknown>(DEVICE_PROBLEMS_KEY, (v) => setProblems(readDeviceProblems(v)));
  }, []);
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="device-problems">
      {problems.map((p) => (
        <p class={p.kind === 'problem' ? 'problem' : 'notice'} key={p.id}>
          {p.message}{' '}
          <button type="button" onClick={() => void sendToBackground({ type: 'dismiss-device-problem', id: p.id })}>
            {t('dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
