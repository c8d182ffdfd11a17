import type { SettingsProblem } from '../settings/resolve';
import { t } from './i18n';
import { DeviceProblems } from './DeviceProblems';

/** The admin-facing configuration errors, shown in the popup and the options page, and any problem on this device. */
export function ProblemList(props: { problems: SettingsProblem[] }) {
  return (
    <>
      <DeviceProblems />
      <SettingsProblems problems={props.problems} />
    </>
  );
}

function SettingsProblems(props: { problems: SettingsProblem[] }) {
  const managed = props.problems.filter((p) => p.source === 'managed');
  const staff = props.problems.filter((p) => p.source === 'staff');
  if (managed.length === 0 && staff.length === 0) return null;
  return (
    <div role="alert" data-testid="config-problems">
      {managed.map((p) => (
        <p class="problem" key={`m${p.path}${p.message}`}>
          {t('problemManaged', p.path, p.message)}
        </p>
      ))}
      {staff.map((p) => (
        <p class="notice" key={`s${p.path}${p.message}`}>
          {t('problemStaff', p.path, p.message)}
        </p>
      ))}
      {managed.length > 0 && <p class="muted">{t('problemsStillApply')}</p>}
    </div>
  );
}
