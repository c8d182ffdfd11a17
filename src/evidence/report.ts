/**
 * The evidence report: one self-contained HTML file (screenshots embedded as data URLs, no
 * scripts, no outside requests) that prints cleanly to PDF for the senior manager (policy 8.1,
 * 8.2). Pure: tested in Node.
 */
import { formatDate, formatDateTime, newestFirst, SCREENSHOT_RE, type EvidenceRecord } from './record';

export interface ReportOptions {
  schoolName?: string;
  generatedAt: Date;
  /** IANA time zone for dates and times; the device's own when omitted. */
  timeZone?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only http(s) addresses become links; anything else is shown as text. */
function addressHtml(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.intro { border-bottom: 2px solid #111; padding-bottom: .75rem; margin-bottom: 1.25rem; }
.record { border: 1px solid #999; border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 .75rem; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
img { display: block; max-width: 100%; height: auto; border: 1px solid #ccc; }
figure { margin: .5rem 0 0; }
figcaption { font-size: .9em; color: #444; margin-top: .25rem; }
.note p { margin: 0 0 .4rem; }
a { color: #0b4a9e; }
@media print {
  body { margin: 0; max-width: none; }
  .record + .record { page-break-before: always; break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;

function recordHtml(r: EvidenceRecord, n: number, total: number, timeZone: string | undefined): string {
  const rows: string[] = [
    `<dt>Address</dt><dd>${addressHtml(r.url)}</dd>`,
    `<dt>Page title</dt><dd>${escapeHtml(r.title || '(no title)')}</dd>`,
    `<dt>Date and time</dt><dd><time datetime="${escapeHtml(r.capturedAt)}">${escapeHtml(formatDateTime(r.capturedAt, timeZone))}</time></dd>`,
  ];
  if (r.reportedTo || r.reportedOn) {
    const who = r.reportedTo ? escapeHtml(r.reportedTo) : 'not recorded';
    const when = r.reportedOn ? ` on ${escapeHtml(formatDate(r.reportedOn))}` : '';
    rows.push(`<dt>Reported to</dt><dd>${who}${when}</dd>`);
  }
  if (r.removalRequestedOn) rows.push(`<dt>Removal requested</dt><dd>${escapeHtml(formatDateTime(r.removalRequestedOn, timeZone))}</dd>`);
  if (r.removalCheckedOn) rows.push(`<dt>Removal checked</dt><dd>${escapeHtml(formatDate(r.removalCheckedOn))}</dd>`);
  const note = r.note.trim() ? `<dt>Note</dt><dd class="note">${paragraphs(r.note.trim())}</dd>` : '';
  // The schema already guarantees a data URL; check again so nothing else can ever reach src.
  const img = SCREENSHOT_RE.test(r.screenshot)
    ? `<figure><img src="${r.screenshot}" alt="Screenshot of ${escapeHtml(r.title || r.url)}"><figcaption>Screenshot of the visible part of the page, taken ${escapeHtml(formatDateTime(r.capturedAt, timeZone))}.</figcaption></figure>`
    : '<p>(The screenshot could not be read.)</p>';
  return `<section class="record" id="record-${escapeHtml(r.id)}" aria-labelledby="record-${escapeHtml(r.id)}-h">
<h2 id="record-${escapeHtml(r.id)}-h">Record ${n} of ${total}: ${escapeHtml(r.title || r.url)}</h2>
<dl>${rows.join('')}${note}</dl>
${img}
</section>`;
}

/** The whole report, newest record first. */
export function buildReport(records: readonly EvidenceRecord[], opts: ReportOptions): string {
  const sorted = newestFirst(records);
  const school = opts.schoolName?.trim();
  const generated = formatDateTime(opts.generatedAt.toISOString(), opts.timeZone);
  const title = `Record of online abuse${school ? ` – ${school}` : ''}`;
  const count = sorted.length === 1 ? '1 record' : `${sorted.length} records`;
  const body = sorted.length ? sorted.map((r, i) => recordHtml(r, i + 1, sorted.length, opts.timeZone)).join('\n') : '<p>There are no records.</p>';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="intro">
<h1>${escapeHtml(title)}</h1>
<p>Records of online abuse kept by a member of staff under section 8.2 of the ${school ? `${escapeHtml(school)} ` : "school's "}social media policy: a screenshot of each page with its address and the date and time it was taken, for the senior manager (8.1, 9.1).</p>
<p>Made with Think Twice on the staff member's own device on ${escapeHtml(generated)}. ${count}. The screenshots show the visible part of each page as it was at that time.</p>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A file name for the report, e.g. "think-twice-evidence-2025-03-04.html". */
export function reportFileName(generatedAt: Date): string {
  const y = generatedAt.getFullYear();
  const m = String(generatedAt.getMonth() + 1).padStart(2, '0');
  const d = String(generatedAt.getDate()).padStart(2, '0');
  return `think-twice-evidence-${y}-${m}-${d}.html`;
}
