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
// name, its address and listinfo URL), also when quoted; pipermail's notes for scrubbed attachments ("An HTML
// attachment was scrubbed..." with their Name/Type/URL lines); the block the Mail2Forum gateway adds to the forum
// posts it sends to a list (between two "m2f" lines), also when quoted; and everything from pipermail's "--------------
// next part --------------" line on (the attachments). Only in a mail with nothing but such notes above that line (an
// HTML mail whose HTML part was scrubbed) is the line itself dropped and the plain part below it kept. A mail left
// with no text of its own (only quoted lines and an attribution line: "wrote:", "schrieb:", "a écrit:", "skrev:",
// "escreveu:", "escribió:") is skipped. Trailing spaces are removed and the text is trimmed.
//
// Localised Mailman: an archive written in German, Spanish or Portuguese is read the same way. Its separator says "en"
// or "em" for "at"; its "next part" line is "nächster Teil", "próxima parte" or "Próxima Parte"; its notes are "Ein
// Dateianhang mit ... wurde abgetrennt...", "Se ha borrado un adjunto ..." or "Um anexo ... foi limpo...".
//
// Encoding: a month file that is not valid UTF-8 is read as windows-1252; with `mixedEncodings` (files that mix UTF-8
// and Latin-1 mails) each line is read as UTF-8 if it is valid UTF-8, else as windows-1252.
//
// Per list: `machineSenders` are not read at all (so they neither open threads nor count in them), and `leaveOut`
// drops mails from the chosen threads after the choice (so it does not change which threads are taken); i counts the
// mails that remain.
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
  /**
   * Machines that post to the list (commit and tracker notices): their mails are not read at all, so they are neither
   * comments nor thread roots. Matched against the From header (address and name).
   */
  machineSenders?: RegExp;
  /** Mails left out of the chosen threads (spam), matched against the From header; the threads are chosen first. */
  leaveOut?: RegExp;
  /** The month files mix UTF-8 and Latin-1 mails: each line is decoded by itself. */
  mixedEncodings?: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Mailman writes its archive in the list's language: the separator's "at" (Spanish "en", Portuguese "em"), the line
// above each scrubbed attachment ("Ã³": a UTF-8 "ó" read as Latin-1), and the note standing for the attachment with
// its field lines (Name, Type, URL, ...; From, Subject, Date for an embedded message).
const SEPARATOR = /^From \S+ (?:at|en|em) \S+\s+\w{3} (\w{3}) +(\d+) (\d\d:\d\d:\d\d) (\d{4})\s*$/;
const NEXT_PART = /^-{12,14} (?:next part|nächster Teil|pr(?:ó|Ã³)xima parte) -{10,14}\s*$/i;
const SCRUBBED = /^(?:An? .* was scrubbed|Ein Dateianhang mit .* wurde abgetrennt|Se ha borrado un adjunto .*|Um anexo .* foi limpo)\.\.\.\s*$/;
const SCRUBBED_FIELD = /^(?:Name|Type|Size|Desc|Url|URL|From|Subject|Date|Dateiname|Dateityp|Dateigröße|Beschreibung|Nome|Tipo|Tamanho|Descrição)\s*: /;
// The Mail2Forum gateway (phpBB) ends a forum post it sends to a list with its own block between two "m2f" lines.
const M2F = /^(?:>[> ]*)?-{20} m2f -{20}[ \t]*\n[\s\S]*?^(?:>[> ]*)?-{20} m2f -{20}[ \t]*$/gm;

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
  const lines = body.split('\n');
  const out: string[] = [];
  const bare = (l: string) => l.replace(/^[>\s]*/, '').trim();
  // An HTML mail's plain text comes in a later part, below the note for its scrubbed HTML part.
  let scrubbedFirst = false;
  for (let i = 0; i < lines.length; i++) {
    if (NEXT_PART.test(lines[i])) {
      if (!scrubbedFirst || out.some((l) => l.trim())) break;
      continue;
    }
    if (SCRUBBED.test(lines[i])) {
      if (!out.some((l) => l.trim())) scrubbedFirst = true;
      while (i + 1 < lines.length && SCRUBBED_FIELD.test(lines[i + 1])) i++;
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
  return out.join('\n').replace(M2F, '').replace(/\n{3,}/g, '\n\n').trim();
}

/** A mail that only quotes earlier mails (the archive lost what was written, or nothing was): no own text. */
function quoteOnly(text: string): boolean {
  const own = text.split('\n').filter((l) => l.trim() && !l.startsWith('>'));
  return own.length === 0 || (own.length === 1 && /(wrote|schrieb|crit|skrev|escreveu|escribi[oó]|escriure)\s*:?\s*$/i.test(own[0]));
}

function parseMonth(file: string, text: string, mails: Mail[], machineSenders?: RegExp): void {
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
    const from = headers.get('from') ?? '';
    // Left out before they are counted: the other mails keep their archive order (seq) as without them.
    if (machineSenders?.test(from)) return;
    mails.push({
      seq: mails.length,
      time,
      month: `${y}-${mm}`,
      id: ids(headers.get('message-id'))[0] ?? `<seq-${mails.length}>`,
      inReplyTo: ids(headers.get('in-reply-to')),
      references: ids(headers.get('references')),
      subject: decodeWords(headers.get('subject') ?? ''),
      from,
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

// windows-1252 decodes each byte to a char of its own, so a file's bytes can be had back from that reading.
const CP1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, b) => b));
const BYTE = new Map([...CP1252].map((ch, b) => [ch, b]));
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WIN = new TextDecoder('windows-1252');

/** Each line as UTF-8 when its bytes are valid UTF-8, else as windows-1252. */
function decodeLines(files: RepositoryFiles, path: string): string {
  const bytes = Uint8Array.from([...files.read(path, 'windows-1252')], (ch) => BYTE.get(ch)!);
  const lines: string[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      lines.push(UTF8.decode(line));
    } catch {
      lines.push(WIN.decode(line));
    }
    start = end + 1;
  }
  return lines.join('\n');
}

function readMonth(files: RepositoryFiles, path: string, mixedEncodings?: boolean): string {
  if (mixedEncodings) return decodeLines(files, path);
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
  for (const p of paths) parseMonth(p, readMonth(files, p, list.mixedEncodings), all, list.machineSenders);
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
      if (!text || quoteOnly(text) || list.leaveOut?.test(m.from)) continue;
      const name = author(m.from);
      out.push({ page, i: i++, text, author: name, staff: list.staff.some((re) => re.test(name) || re.test(m.from)) });
    }
  }
  return out;
}
