/**
 * The lesson-time status as one line in the language staff read, e.g. "Lesson time: Period 3 until
 * 11:40." (src/schedule's describeStatus says the same in English for the CLI and the logs). The
 * timetable's own names (periods, holidays) are shown as the school wrote them; the reasons the
 * schedule makes up itself ("Weekend", "INSET day") are translated.
 */
import { addDays, formatTime, isValidTimeZone, localDate, type Status } from '../schedule';
import { isoWeekdayIndex } from '../schedule/time';
import { t, type MessageKey } from './i18n';

const KIND: Record<string, MessageKey> = {
  break: 'kindBreak',
  lunch: 'kindLunch',
  registration: 'kindRegistration',
  'before-school': 'kindBeforeSchool',
  'after-school': 'kindAfterSchool',
};

const REASONS: Record<string, MessageKey> = {
  Weekend: 'reasonWeekend',
  'School holiday': 'reasonSchoolHoliday',
  'No timetabled periods': 'reasonNoPeriods',
  'No lessons': 'reasonNoLessons',
  Holiday: 'reasonHoliday',
  'INSET day': 'reasonInset',
  'School closed': 'reasonClosed',
  'No timetable set up': 'reasonNoTimetable',
};

const DAYS: MessageKey[] = ['dayMonday', 'dayTuesday', 'dayWednesday', 'dayThursday', 'dayFriday', 'daySaturday', 'daySunday'];
const MONTHS: MessageKey[] = [
  'monthJanuary',
  'monthFebruary',
  'monthMarch',
  'monthApril',
  'monthMay',
  'monthJune',
  'monthJuly',
  'monthAugust',
  'monthSeptember',
  'monthOctober',
  'monthNovember',
  'monthDecember',
];

/** A reason the schedule wrote, in the staff member's language when it is one of the schedule's own. */
export function reasonText(reason: string): string {
  const key = REASONS[reason];
  return key ? t(key) : reason;
}

/** A day of the week ("monday"...) in the staff member's language. */
export function dayName(day: string): string {
  const i = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day.toLowerCase());
  return i >= 0 ? t(DAYS[i]!) : day;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** "11:40", or "Monday 4 March at 08:40" when the change is on another day than the status's own. */
function when(status: Status, tz: string): string | undefined {
  if (status.until === undefined) return undefined;
  const time = formatTime(status.until, tz);
  const day = localDate(status.until, tz);
  if (!status.date || day === status.date) return time;
  if (time === '00:00' && day === addDays(status.date, 1)) return t('untilMidnight');
  const date = `${day.slice(8, 10).replace(/^0/, '')} ${t(MONTHS[Number(day.slice(5, 7)) - 1] ?? 'monthJanuary')}`;
  return t('untilDay', t(DAYS[isoWeekdayIndex(day)] ?? 'dayMonday'), date, time);
}

export function describeLessonStatus(status: Status, tz: string): string {
  const zone = isValidTimeZone(tz) ? tz : 'UTC';
  const until = when(status, zone);
  const name = status.period?.name;
  switch (status.kind) {
    case 'unconfigured':
      return status.reason ? `${reasonText(status.reason)}.` : t('statusNoTimetable');
    case 'no-school':
      return t('statusNoSchool', reasonText(status.reason ?? '') || t('noSchoolFallback'));
    case 'lesson':
      return until ? t('statusLessonUntil', name ?? t('lessonFallback'), until) : t('statusLesson', name ?? t('lessonFallback'));
    case 'free':
      return until ? t('statusFreeUntil', name ?? t('freeFallback'), until) : t('statusFree', name ?? t('freeFallback'));
    case 'after-school':
      if (!status.period || !name) return t('statusAfterSchool');
      break;
    case 'break':
      if (!status.period) return until ? t('statusBetweenUntil', until) : t('statusBetween');
      break;
  }
  const kindKey = KIND[status.kind];
  const kind = kindKey ? t(kindKey) : status.kind;
  const english = { break: 'Break', lunch: 'Lunch', registration: 'Registration', 'before-school': 'Before school', 'after-school': 'After school' }[
    status.kind as string
  ];
  // A period called just "Break" is not named twice ("Break (Break)").
  const named = name && norm(name) !== norm(english ?? '') && norm(name) !== norm(kind) ? name : '';
  if (named) return until ? t('statusKindNamedUntil', kind, named, until) : t('statusKindNamed', kind, named);
  return until ? t('statusKindUntil', kind, until) : t('statusKind', kind);
}
