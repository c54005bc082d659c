// Mailing lists archived by Mailman's pipermail, one text file a month: the threads of a help list as pages.
//
// A month file is mbox-like: each message opens with a "From <addr> at <host>  <date>" line, then its From, Date,
// Subject, In-Reply-To, References and Message-ID headers, a blank line and the decoded body. A page is one thread,
// built from Message-ID / In-Reply-To / References (a message's parent is the last message in its References, else its
// In-Reply-To, that exists in the archive; threads cross month files). Reading order inside a thread: the "From " line
// timestamp (the list server's receive time), ties by archive order; i = 0 is the opening mail.
//
// Page rule (fixed): candidate threads are those whose root has no In-Reply-To/References header and no "Re:" subject,
// with minMessages..maxMessages messages in all. They are sorted by the root's timestamp (then archive order), and
// `threads` of them are taken evenly spread: for j = 0..K-1 the thread at position floor((j + 0.5) * n / K).
// page = "<yyyy-mm of the root>-<first 8 hex of sha256(root Message-ID)>".
//
// Text: the message body. Pipermail already quotes earlier mails with "> " lines; they are kept, and so are the
// "On ... wrote:" lines and the signatures people typed. Dropped: the list's own footer block ("_____" line, the list's
// name, its address and listinfo URL), also when quoted, and everything from pipermail's "-------------- next part
// --------------" line on (scrubbed attachments), and its "An HTML attachment was scrubbed..." notes above that line. A
// mail left with no text of its own (only quoted lines and an attribution line) is skipped. Trailing spaces are
// removed and the text is trimmed. A month file that is not valid UTF-8 is read as windows-1252.
import { createHash } from 'node:crypto';
import type { RepositoryFiles, SourceComment } from './source';

export interface PipermailList {
  /** The list's name as its footer prints it ("Linux-uvc-devel mailing list"): the footer block is dropped. */
  footerName: RegExp;
  /** Who answers for the project: matched against the sender's name and address. */
  staff: RegExp[];
  /** Threads taken, evenly spread over the candidates in time. */
  threads: number;
  /** Messages a candidate thread has, opening mail included. */
  minMessages: number;
  maxMessages: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEPARATOR = /^From \S+ at \S+\s+\w{3} (\w{3}) +(\d+) (\d\d:\d\d:\d\d) (\d{4})\s*$/;

interface Mail {
  seq: number;
  time: number;
  month: string;
  id: string;
  inReplyTo: string[];
  references: string[];
  subject: string;
  from: string;
  body: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const ids = (v: string | undefined) => (v ?? '').match(/<[^<>\s]+>/g) ?? [];

function decodeWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([qQbB])\?([^?]*)\?=\s*(?==\?)?/g, (_all, charset: string, enc: string, data: string) => {
    let bytes: Buffer;
    if (enc.toLowerCase() === 'b') bytes = Buffer.from(data, 'base64');
    else bytes = Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    try {
      return new TextDecoder(charset.toLowerCase() === 'iso-8859-1' ? 'windows-1252' : charset).decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  });
}

function author(from: string): string {
  const m = from.match(/\((.*)\)\s*$/);
  const name = decodeWords(m ? m[1] : from).replace(/^"|"$/g, '').trim();
  return name || from.trim();
}

function cleanBody(body: string, footerName: RegExp): string {
  let lines = body.split('\n');
  const cut = lines.findIndex((l) => /^-{14} next part -{14}\s*$/.test(l));
  if (cut >= 0) lines = lines.slice(0, cut);
  const out: string[] = [];
  const bare = (l: string) => l.replace(/^[>\s]*/, '').trim();
  for (let i = 0; i < lines.length; i++) {
    if (/^(An HTML|A non-text) attachment was scrubbed\.\.\.$/.test(lines[i])) {
      while (i + 1 < lines.length && /^(Name|Type|Size|Desc|Url|URL): /.test(lines[i + 1])) i++;
      continue;
    }
    if (/^_{20,}$/.test(bare(lines[i])) && i + 1 < lines.length && footerName.test(bare(lines[i + 1]))) {
      let j = i + 2;
      while (j < lines.length && j <= i + 4 && !/listinfo/i.test(lines[j])) j++;
      i = j < lines.length && /listinfo/i.test(lines[j]) ? j : i + 1;
      continue;
    }
    out.push(lines[i].replace(/\s+$/, ''));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A mail that only quotes earlier mails (the archive lost what was written, or nothing was): no own text. */
function quoteOnly(text: string): boolean {
  const own = text.split('\n').filter((l) => l.trim() && !l.startsWith('>'));
  return own.length === 0 || (own.length === 1 && /(wrote|schrieb|crit|skrev)\s*:?\s*$/i.test(own[0]));
}

function parseMonth(file: string, text: string, mails: Mail[]): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const month = file.replace(/\.txt(?:\.gz)?$/, '');
  const [y, mName] = month.split('-');
  const mm = String(MONTHS.indexOf(mName) + 1).padStart(2, '0');
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const sep = lines[start].match(SEPARATOR)!;
    const time = Date.parse(`${sep[2]} ${sep[1]} ${sep[4]} ${sep[3]} UTC`);
    const headers = new Map<string, string>();
    let k = start + 1;
    let last = '';
    for (; k < end && lines[k] !== ''; k++) {
      const l = lines[k];
      if (/^\s/.test(l) && last) headers.set(last, headers.get(last) + ' ' + l.trim());
      else {
        const h = l.match(/^([\w-]+):\s?(.*)$/);
        if (!h) continue;
        last = h[1].toLowerCase();
        headers.set(last, (headers.has(last) ? headers.get(last) + ' ' : '') + h[2]);
      }
    }
    mails.push({
      seq: mails.length,
      time,
      month: `${y}-${mm}`,
      id: ids(headers.get('message-id'))[0] ?? `<seq-${mails.length}>`,
      inReplyTo: ids(headers.get('in-reply-to')),
      references: ids(headers.get('references')),
      subject: decodeWords(headers.get('subject') ?? ''),
      from: headers.get('from') ?? '',
      body: lines.slice(k + 1, end).join('\n'),
    });
  };
  for (let i = 0; i < lines.length; i++) {
    if (SEPARATOR.test(lines[i]) && (i === 0 || lines[i - 1] === '') && /^From: /.test(lines[i + 1] ?? '')) {
      flush(i);
      start = i;
    }
  }
  flush(lines.length);
}

function readMonth(files: RepositoryFiles, path: string): string {
  const text = files.read(path);
  return text.includes('\ufffd') ? files.read(path, 'windows-1252') : text;
}

/** The chosen threads of a pipermail archive (one `<YYYY>-<Month>.txt[.gz]` file a month), by the rule above. */
export function readPipermailList(files: RepositoryFiles, list: PipermailList): SourceComment[] {
  const monthKey = (p: string) => {
    const m = p.match(/^(\d{4})-(\w+)\.txt(?:\.gz)?$/)!;
    return Number(m[1]) * 100 + MONTHS.indexOf(m[2]);
  };
  const paths = files.list('').filter((p) => /^\d{4}-[A-Za-z]+\.txt(?:\.gz)?$/.test(p)).sort((a, b) => monthKey(a) - monthKey(b));
  const all: Mail[] = [];
  for (const p of paths) parseMonth(p, readMonth(files, p), all);
  const byId = new Map<string, Mail>();
  const mails = all.filter((m) => (byId.has(m.id) ? false : (byId.set(m.id, m), true)));
  const parent = (m: Mail): Mail | undefined => {
    for (const r of [...m.references].reverse()) if (byId.has(r) && r !== m.id) return byId.get(r);
    for (const r of m.inReplyTo) if (byId.has(r) && r !== m.id) return byId.get(r);
    return undefined;
  };
  const rootOf = (m: Mail): Mail => {
    const seen = new Set<string>();
    let cur = m;
    for (let p = parent(cur); p && !seen.has(p.id); p = parent(cur)) {
      seen.add(cur.id);
      cur = p;
    }
    return cur;
  };
  const threads = new Map<string, Mail[]>();
  for (const m of mails) {
    const r = rootOf(m);
    if (!threads.has(r.id)) threads.set(r.id, []);
    threads.get(r.id)!.push(m);
  }
  const order = (a: Mail, b: Mail) => a.time - b.time || a.seq - b.seq;
  const candidates = [...threads.entries()]
    .map(([id, list]) => ({ root: byId.get(id)!, list: list.sort(order) }))
    .filter(({ root, list }) => list[0] === root && !root.inReplyTo.length && !root.references.length && !/^\s*(re|aw|sv)\s*:/i.test(root.subject.replace(/^\s*\[[^\]]*\]\s*/, '')))
    .filter(({ list: mails }) => mails.length >= list.minMessages && mails.length <= list.maxMessages)
    .sort((a, b) => order(a.root, b.root));
  const out: SourceComment[] = [];
  const n = candidates.length;
  const taken = new Set<number>();
  // More threads asked for than there are: all of them.
  for (let j = 0; j < list.threads; j++) {
    const at = list.threads >= n ? j : Math.floor(((j + 0.5) * n) / list.threads);
    if (at >= n) break;
    if (taken.has(at)) continue;
    taken.add(at);
    const { root, list: thread } = candidates[at];
    const page = `${root.month}-${sha(root.id).slice(0, 8)}`;
    let i = 0;
    for (const m of thread) {
      const text = cleanBody(m.body, list.footerName);
      if (!text || quoteOnly(text)) continue;
      const name = author(m.from);
      out.push({ page, i: i++, text, author: name, staff: list.staff.some((re) => re.test(name) || re.test(m.from)) });
    }
  }
  return out;
}
