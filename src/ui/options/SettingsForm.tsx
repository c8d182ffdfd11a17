/**
 * A form generated from the settings schema (src/settings/fields.ts): labels and help come from
 * the schema, in English for IT teams; the settings staff change themselves have their words in
 * the locale files too (FIELD_WORDS), in the staff member's language. Fields the admin set, and
 * admin-only fields, are read-only and say so.
 */
import type { FieldInfo } from '../../settings/fields';
import { getAt } from '../../settings/fields';
import { isLocked, type ResolvedSettings } from '../../settings/resolve';
import { t, type MessageKey } from '../i18n';

/** A setting's title and help from the locale files, by its path; a setting not listed shows the schema's English. */
const FIELD_WORDS: Record<string, { title: MessageKey; help: MessageKey; options?: Record<string, MessageKey> }> = {
  language: { title: 'settingLanguageTitle', help: 'settingLanguageHelp', options: { browser: 'languageBrowser', en: 'languageEn', cy: 'languageCy' } },
  showIndicator: { title: 'settingIndicatorTitle', help: 'settingIndicatorHelp' },
};

function localised(field: FieldInfo): FieldInfo {
  const words = FIELD_WORDS[field.path];
  return words ? { ...field, title: t(words.title), description: t(words.help) } : field;
}

function optionLabel(field: FieldInfo, option: string): string {
  const key = FIELD_WORDS[field.path]?.options?.[option];
  return key ? t(key) : option;
}

export interface FormProps {
  fields: FieldInfo[];
  resolved: ResolvedSettings;
  onChange: (path: string, value: unknown) => void;
}

function lockNote(field: FieldInfo, resolved: ResolvedSettings): string | null {
  if (field.scope === 'admin') return isLocked(resolved, field.path) ? t('lockSetBySchool') : t('lockAdminOnly');
  if (isLocked(resolved, field.path)) return resolved.staffMayChange ? t('lockSetBySchool') : t('lockNoChanges');
  return null;
}

function Field({ field: schemaField, resolved, onChange }: { field: FieldInfo } & Omit<FormProps, 'fields'>) {
  const field = localised(schemaField);
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
          ? t('pupilNamesCount', items.length)
          : t('noneSet')
        : items
          ? items.length
            ? items.join(', ')
            : t('noneSet')
          : (field.kind === 'choice' ? optionLabel(field, String(value ?? '')) : String(value ?? '')) || t('notSet');
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
              {optionLabel(field, o)}
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
