// Twinoid, second set: the French beta-test forum of Mush (the space-survival browser game of Motion Twin, played on
// twinoid.com), 2012-2014, where the beta players report bugs, ask how things work and suggest, and Motion Twin's
// team answers. Same archive as the first set (scripts/sources/twinoid-forum.ts, whose header describes the source,
// the HTML and the staff rule): cmnemoi/twinoid-forum-archive keeps that forum as data/fr/mush/Forum_beta.odt, an
// office document whose only text is the scrape's JSON ({threads: [{id, title, minorTag, majorTag, states, comments:
// [{authorID, id, deducedDate, states, content, contentWarning}]}]}, the same shape as ambassade.json), typed out in
// 10,000-character paragraphs, with <text:line-break/> for its newlines, <text:tab/> for its indentation and <text:s/>
// for spaces. The JSON is cut after the last thread's "pages":1; the missing "}]}" is added back.
// Reading it: the .odt (a zip) is read as windows-1252 text, which maps each byte to one distinct character, so the
// bytes come back exactly; content.xml is found through the zip's central directory and inflated with node:zlib.
//
// Page rule (fixed, deterministic): every thread of Forum_beta.odt with 10 to 80 posts (the opener included), in file
// order; all posts of each kept thread, the opener as i = 0 (comment id order; a post whose text is empty is skipped).
// The forum runs each area as one long thread ("Bugs : Sortie", "Survie / Mort", "Versions / Régressions", the tutorial
// threads, ...); the kept ones hold 379 posts, 2012-03 .. 2013-05. page = "b<thread id>"; the first set reads only
// ambassade.json (pages "t<id>"), so the two sets share no page.
//
// Staff: the first set's rule (author id 1..17, the Motion Twin team, plus a post without author id whose text is a
// moderator note, span.tid_mod). Author names: the first set's rule (the most frequent name in user mentions), counted
// over this forum's threads. Text: the first set's htmlToText. The thread loop (post bounds, order, text, staff,
// author) is the first reader's forumComments.
import { inflateRawSync } from 'node:zlib';
import first, { forumComments } from './twinoid-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const FILE = 'data/fr/mush/Forum_beta.odt';

interface RawThread {
  id: number;
  title: string;
  comments: { authorID: number | null; id: number; content: string }[];
}

// windows-1252 as TextDecoder knows it is a one-to-one map of the 256 byte values.
function bytesOf(text: string): Uint8Array {
  const dec = new TextDecoder('windows-1252');
  const back = new Map<string, number>();
  for (let b = 0; b < 256; b++) back.set(dec.decode(Uint8Array.of(b)), b);
  return Uint8Array.from(text, (ch) => {
    const b = back.get(ch);
    if (b === undefined) throw new Error(`not a byte: U+${ch.codePointAt(0)!.toString(16)}`);
    return b;
  });
}

function zipEntry(zip: Uint8Array, name: string): string {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('no zip directory');
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  for (let k = 0; k < count; k++) {
    const method = v.getUint16(p + 10, true);
    const size = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const local = v.getUint32(p + 42, true);
    const entry = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    if (entry === name) {
      const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`no ${name} in the zip`);
}

const ENT: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };

/** The document's text: paragraphs joined as they are (they split the JSON mid-line), spaces, tabs and breaks back. */
function odtText(xml: string): string {
  const body = xml.slice(xml.indexOf('<office:text'), xml.indexOf('</office:text>'));
  return body
    .replace(/<text:sequence-decls>[\s\S]*?<\/text:sequence-decls>/g, '')
    .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_, n) => ' '.repeat(n ? Number(n) : 1))
    .replace(/<text:tab\s*\/>/g, '\t')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex, dec, name) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENT[name] ?? m),
    );
}

export function betaThreads(files: RepositoryFiles): RawThread[] {
  let json = odtText(zipEntry(bytesOf(files.read(FILE, 'windows-1252')), 'content.xml')).trimEnd();
  if (!json.endsWith(']}')) json += '}]}';
  return (JSON.parse(json) as { threads: RawThread[] }).threads;
}

function read(files: RepositoryFiles): SourceComment[] {
  return forumComments(betaThreads(files), { pagePrefix: 'b', minPosts: 10, maxPosts: 80 });
}

export default {
  id: 'twinoid-forum-2',
  repo: first.repo,
  commit: '80ee49462383e655069032f9dc46545629a6fc9d',
  read,
} satisfies CommentSource;
