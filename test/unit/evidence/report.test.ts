import { describe, it, expect } from 'vitest';
import { buildReport, escapeHtml, reportFileName } from '../../../src/evidence/report';
import { record, JPEG } from './fixtures';

const generatedAt = new Date('2025-03-05T10:00:00.000Z');

describe('the evidence report', () => {
  it('is one self-contained HTML file: screenshot embedded, address, title, date and time with zone', () => {
    const html = buildReport([record({ note: 'A parent posted this about me.' })], { schoolName: 'Hill Primary', generatedAt, timeZone: 'Europe/London' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(`<img src="${JPEG}"`);
    expect(html).toContain('alt="Screenshot of Home / X"');
    expect(html).toContain('<a href="https://x.com/home">https://x.com/home</a>');
    expect(html).toContain('Home / X');
    expect(html).toMatch(/Tuesday,? 4 March 2025 at 14:05:09 GMT/);
    expect(html).toContain('<time datetime="2025-03-04T14:05:09.000Z">');
    expect(html).toContain('A parent posted this about me.');
    expect(html).toContain('Record of online abuse – Hill Primary');
    expect(html).toContain('section 8.2');
    expect(html).toContain("on the staff member's own device");
    expect(html).toContain('@media print');
    // Nothing it could fetch or run.
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });

  it('escapes every piece of text that came from a page or the staff member', () => {
    const evil = '<script>alert("x")</script>';
    const html = buildReport(
      [
        record({
          title: `Bad ${evil}`,
          url: `https://x.com/home?q="><img src=x onerror=alert(1)>`,
          note: `Note ${evil}\nsecond line`,
          reportedTo: `<b>Head</b> & deputy`,
        }),
      ],
      { schoolName: `<i>School</i>`, generatedAt, timeZone: 'UTC' },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Head');
    expect(html).not.toContain('<i>School');
    expect(html).toContain('Bad &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('href="https://x.com/home?q=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('Note &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>second line');
    expect(html).toContain('&lt;b&gt;Head&lt;/b&gt; &amp; deputy');
  });

  it('shows an address that is not http(s) as text, not a link', () => {
    const html = buildReport([record({ url: 'javascript:alert(1)' })], { generatedAt, timeZone: 'UTC' });
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
  });

  it('has the reported and removal lines, newest record first', () => {
    const html = buildReport(
      [
        record({ id: 'old', title: 'Older page', capturedAt: '2025-03-01T09:00:00.000Z' }),
        record({
          id: 'new',
          title: 'Newer page',
          reportedTo: 'Mrs Patel, deputy head',
          reportedOn: '2025-03-04',
          removalRequestedOn: '2025-03-04T15:30:00.000Z',
          removalCheckedOn: '2025-03-06',
        }),
      ],
      { generatedAt, timeZone: 'Europe/London' },
    );
    expect(html.indexOf('Newer page')).toBeLessThan(html.indexOf('Older page'));
    expect(html).toContain('Record 1 of 2: Newer page');
    expect(html).toContain('<dt>Reported to</dt><dd>Mrs Patel, deputy head on 4 March 2025</dd>');
    expect(html).toMatch(/<dt>Removal requested<\/dt><dd>Tuesday,? 4 March 2025 at 15:30:00 GMT<\/dd>/);
    expect(html).toContain('<dt>Removal checked</dt><dd>6 March 2025</dd>');
    expect(html).toContain('2 records.');
  });

  it('says so when there are no records', () => {
    expect(buildReport([], { generatedAt })).toContain('There are no records.');
  });

  it('escapes all five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(reportFileName(new Date(2025, 2, 4, 12))).toBe('think-twice-evidence-2025-03-04.html');
  });
});
