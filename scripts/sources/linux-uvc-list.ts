// linux-uvc-devel mailing list (lists.berlios.de, 2006-2012): the help/development list of the Linux UVC webcam
// driver, English. Users report cameras that do not work, ask how to use controls, and the driver's maintainer
// answers. Read from BackupTheBerlios/linux-uvc-devel-maillist at 5e1bc56 (HEAD), the Mailman/pipermail archive:
// <YYYY>-<Month>.txt, one mbox-like text file per month (messages start with a "From <addr> at <host>  <date>" line,
// then From/Date/Subject/In-Reply-To/References/Message-ID headers, a blank line and the decoded body).
//
// Why this list: the brief's lead, linux-mailinglist-archives/usrp-users.lists.ettus.com.0, is a public-inbox v2 git
// repository (one commit per message, every commit's tree holds a single file "m"), which the one-commit file reader
// of scripts/sources/source.ts cannot read; the named fallbacks were not usable either (alphalinux-org has no
// snapshot here; r-mailing-lists/data stores parquet, a binary format).
//
// A page is one mail thread. Threads are built from Message-ID / In-Reply-To / References (a message's parent is the
// last message in its References, else its In-Reply-To, that exists in the archive; threads cross month files).
// Reading order inside a thread: by the pipermail "From " line timestamp (the list server's receive time), ties by
// archive order; i = 0 is the opening mail.
//
// Page rule (fixed, deterministic): candidate threads are those whose root has no In-Reply-To/References header and
// no "Re:" subject, with 2..20 messages in all. They are sorted by the root's timestamp (then archive order), and
// K of them are taken evenly spread: for j = 0..K-1 the thread at position floor((j + 0.5) * n / K). page =
// "<yyyy-mm of the root>-<first 8 hex of sha256(root Message-ID)>".
//
// Text: the message body. Pipermail already quotes earlier mails with "> " lines; they are kept as they are, and so are
// the "On ... wrote:" lines and the signatures people typed. Dropped: the list's own footer block
// ("_____" line, "Linux-uvc-devel mailing list", the list address and listinfo URL), also when it is quoted, and
// everything from pipermail's "-------------- next part --------------" line on (scrubbed attachments: PGP signatures,
// HTML alternatives, attached files), and pipermail's "An HTML attachment was scrubbed..." notes found above that line. A mail left with no text of its own (only quoted lines and an attribution
// line) is skipped. Trailing spaces are removed and the text is trimmed. A month file that is not
// valid UTF-8 (2006-August) is read as windows-1252.
//
// Staff: the driver's developers on the Berlios linux-uvc project: Laurent Pinchart (author and maintainer, by far
// the most frequent poster) and Martin Rubli (Logitech, co-developer of the driver and of libwebcam/uvcdynctrl).
import { createHash } from 'node:crypto';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const K = 100;
const MIN = 2;
const MAX = 20;
const STAFF = [/laurent\.?\s*pinchart/i, /martin\s+rubli/i];

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

function cleanBody(body: string): string {
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
    if (/^_{20,}$/.test(bare(lines[i])) && i + 1 < lines.length && /^linux-uvc-devel mailing list$/i.test(bare(lines[i + 1]))) {
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
  const month = file.replace(/\.txt$/, '');
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

export default {
  id: 'linux-uvc-list',
  repo: 'BackupTheBerlios/linux-uvc-devel-maillist',
  commit: '5e1bc56a1c77b81bf3bcd74aad805d6c402d7512',
  read(files) {
    const monthKey = (p: string) => {
      const m = p.match(/^(\d{4})-(\w+)\.txt$/)!;
      return Number(m[1]) * 100 + MONTHS.indexOf(m[2]);
    };
    const paths = files.list('').filter((p) => /^\d{4}-[A-Za-z]+\.txt$/.test(p)).sort((a, b) => monthKey(a) - monthKey(b));
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
      .filter(({ list }) => list.length >= MIN && list.length <= MAX)
      .sort((a, b) => order(a.root, b.root));
    const out: SourceComment[] = [];
    const n = candidates.length;
    const taken = new Set<number>();
    for (let j = 0; j < K && j < n; j++) {
      const at = Math.floor(((j + 0.5) * n) / K);
      if (taken.has(at)) continue;
      taken.add(at);
      const { root, list } = candidates[at];
      const page = `${root.month}-${sha(root.id).slice(0, 8)}`;
      let i = 0;
      for (const m of list) {
        const text = cleanBody(m.body);
        if (!text || quoteOnly(text)) continue;
        const name = author(m.from);
        out.push({ page, i: i++, text, author: name, staff: STAFF.some((re) => re.test(name) || re.test(m.from)) });
      }
    }
    return out;
  },
} satisfies CommentSource;
