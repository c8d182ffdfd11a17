/**
 * A form generated from the settings schema (src/settings/fields.ts): labels and help come from
 * the schema. Fields the admin set, and admin-only fields, are read-only and say so.
 */
import type { FieldInfo } from '../../settings/fields';
import { getAt } from '../../settings/fields';
import { isLocked, type ResolvedSettings } from '../../settings/resolve';

export interface FormProps {
  fields: FieldInfo[];
  resolved: ResolvedSettings;
  onChange: (path: string, value: unknown) => void;
}

function lockNote(field: FieldInfo, resolved: ResolvedSettings): string | null {
  if (field.scope === 'admin') return isLocked(resolved, field.path) ? 'Set by your school.' : 'Only your school can change this.';
  if (isLocked(resolved, field.path)) return resolved.staffMayChange ? 'Set by your school.' : 'Your school has turned off changes to settings.';
  return null;
}

function Field({ field, resolved, onChange }: { field: FieldInfo } & Omit<FormProps, 'fields'>) {
  const id = `f-${field.path.replace(/\./g, '-')}`;
  const value = getAt(resolved.settings, field.path);
  const note = lockNote(field, resolved);
  const readOnly = note !== null;
  const help = field.description ? (
    <p class="help" id={`${id}-help`}>
      {field.description}
    </p>
  ) : null;
  const described = [field.description ? `${id}-help` : '', note ? `${id}-lock` : ''].filter(Boolean).join(' ') || undefined;
  const lock = note ? (
    <p class="locked-note" id={`${id}-lock`} data-testid={`lock-${field.path}`}>
      {note}
    </p>
  ) : null;

  if (field.kind === 'group' && field.children) {
    return (
      <fieldset>
        <legend>{field.title}</legend>
        {field.description && <p class="help">{field.description}</p>}
        {field.children.map((c) => (
          <Field key={c.path} field={c} resolved={resolved} onChange={onChange} />
        ))}
      </fieldset>
    );
  }
  if (readOnly && field.kind !== 'boolean') {
    // Read-only values are shown as text, not as inert inputs.
    const items = Array.isArray(value) ? (value as string[]) : null;
    const shown =
      field.path === 'pupilNames'
        ? items?.length
          ? `${items.length} names set by your school (not shown here).`
          : 'None set.'
        : items
          ? items.length
            ? items.join(', ')
            : 'None set.'
          : String(value ?? '') || 'Not set.';
    return (
      <div class="field" data-testid={`field-${field.path}`}>
        <span class="label" id={id}>
          {field.title}
        </span>
        {help}
        <p class="value" aria-describedby={id}>
          {shown}
        </p>
        {lock}
      </div>
    );
  }
  if (field.kind === 'boolean') {
    return (
      <div class="field" data-testid={`field-${field.path}`}>
        <input
          type="checkbox"
          id={id}
          checked={value === true}
          disabled={readOnly}
          aria-describedby={described}
          onChange={(e) => onChange(field.path, (e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        <label for={id}>{field.title}</label>
        {help}
        {lock}
      </div>
    );
  }
  if (field.kind === 'choice') {
    return (
      <div class="field">
        <label for={id}>{field.title}</label>
        {help}
        <select
          id={id}
          value={String(value)}
          disabled={readOnly}
          aria-describedby={described}
          onChange={(e) => onChange(field.path, (e.currentTarget as HTMLSelectElement).value)}
        >
          {field.options?.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {lock}
      </div>
    );
  }
  if (field.kind === 'list') {
    const items = Array.isArray(value) ? (value as string[]) : [];
    return (
      <div class="field">
        <label for={id}>{field.title}</label>
        {help}
        <textarea
          id={id}
          aria-describedby={described}
          value={items.join('\n')}
          onChange={(e) =>
            onChange(
              field.path,
              (e.currentTarget as HTMLTextAreaElement).value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
        {lock}
      </div>
    );
  }
  if (field.kind === 'text') {
    return (
      <div class="field">
        <label for={id}>{field.title}</label>
        {help}
        <input
          type="text"
          id={id}
          value={String(value ?? '')}
          readOnly={readOnly}
          aria-describedby={described}
          onChange={(e) => onChange(field.path, (e.currentTarget as HTMLInputElement).value)}
        />
        {lock}
      </div>
    );
  }
  return null;
}

export function SettingsForm(props: FormProps) {
  return (
    <div>
      {props.fields.map((f) => (
        <Field key={f.path} field={f} resolved={props.resolved} onChange={props.onChange} />
      ))}
    </div>
  );
}
