/**
 * A form generated from the settings schema (src/settings/fields.ts): labels and help come from
 * the locale files, in the staff member's language (the schema says them in English, for IT
 * teams). Fields the admin set, and admin-only fields, are read-only and say so.
 */
import type { FieldInfo } from '../../settings/fields';
import { getAt } from '../../settings/fields';
import { isLocked, type ResolvedSettings } from '../../settings/resolve';
import { t, tIfAny, type MessageKey } from '../i18n';

/** The settings staff change themselves, with their own words for staff (the schema's are for IT teams). */
const FIELD_WORDS: Record<string, { title: MessageKey; help: MessageKey }> = {
  language: { title: 'settingLanguageTitle', help: 'settingLanguageHelp' },
  showIndicator: { title: 'settingIndicatorTitle', help: 'settingIndicatorHelp' },
};

const OPTION_WORDS: Record<string, MessageKey> = {
  browser: 'languageBrowser',
  en: 'languageEn',
  cy: 'languageCy',
  nudge: 'optionNudge',
  reason: 'optionReason',
  block: 'optionBlock',
  default: 'optionDefault',
  advice: 'severityAdvice',
  warning: 'severityWarning',
  serious: 'severitySerious',
};

/**
 * The locale key of a setting the school sets: "field_<path>" with "." as "_" and a category's or a
 * site's id as "x" (their words are the same for each); test/unit/ui/locales.test.ts holds every
 * such setting to words in each locale, the English as the schema says it.
 */
export function fieldKey(path: string): string {
  return `field_${path.replace(/^categories\.[^.]+\./, 'categories.x.').replace(/\./g, '_')}`;
}

/** A setting's title and help in the staff member's language; the schema's English where the locale files have none. */
export function localised(field: FieldInfo): FieldInfo {
  const own = FIELD_WORDS[field.path];
  if (own) return { ...field, title: t(own.title), description: t(own.help) };
  const category = /^categories\.([^.]+)$/.exec(field.path)?.[1];
  const site = /^sites\.([^.]+)$/.exec(field.path)?.[1];
  const [title, help] = category
    ? [tIfAny('field_category_title', category), tIfAny('field_category_help', category)]
    : site
      ? [tIfAny('field_site_title', site), tIfAny('field_site_help', site)]
      : [tIfAny(`${fieldKey(field.path)}_title`), tIfAny(`${fieldKey(field.path)}_help`)];
  return { ...field, title: title ?? field.title, description: help ?? field.description };
}

function optionLabel(option: string): string {
  const key = OPTION_WORDS[option];
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
          : (field.kind === 'choice' ? optionLabel(String(value ?? '')) : String(value ?? '')) || t('notSet');
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
              {optionLabel(o)}
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
