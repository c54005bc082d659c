// fluiggers.com.br: the Brazilian-Portuguese Discourse Q&A forum of the TOTVS Fluig developer community (2021-2026).
// Source: isacfg/fluig-agentic-development keeps a scrape of the whole forum (scrape_fluiggers.js, Feb 2026) under
// `fluig-documentos/fluiggers_docs/<Categoria>/<Título>.md`, one Markdown file per topic. The scraper fetched each
// topic through the Discourse JSON API and turned every post's `cooked` HTML into Markdown with turndown (fenced code
// blocks, `aside.quote` -> `> ` block, emoji <img> -> its title/alt, lightbox <img> -> `![alt](src)`). Each post is a
// section "## Pergunta original" (the opener) or "## Resposta #n [✅ RESPOSTA ACEITA]", whose first line is the
// author line "**Name** (@username) — date | ❤️ likes" (metadata, not part of the text). The same topics are also
// copied flat under `dump/`; we read only the category folders and de-duplicate by topic id.
//
// Here the Markdown is read back into the plain text a reader sees: paragraphs and line breaks kept, code blocks kept
// verbatim, inline code and emphasis markers dropped, links -> their text, images -> their alt text (avatars have none),
// turndown's backslash escapes undone, quoted posts kept with every line prefixed "> " (a Discourse quote's "user:"
// title line included).
//
// Page rule (fixed, deterministic): every topic file in the category folders; drop the "Sobre a categoria ..."
// topics (category descriptions); keep topics with 3 to 30 posts (opener included); sort by topic id (= creation
// order, 2021-2026); keep every 11th one, starting with the 6th (0-based index % 11 === 5); take all posts of each
// kept topic, the opener as i = 0. page = the topic id.
// Staff: the dump carries no Discourse staff/moderator flags, so staff = `system` plus the users who opened a
// "Sobre a categoria ..." topic (only administrators can create categories); at this commit these are the forum's
// founders Igor Rodrigues (@fluigor.com.br) and Daniel Cabral Santos (@daniel.cabral).
import { CODE_SPAN, Stash } from './markdown-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { quoteLines, tidyLines } from './text-lines';

const ROOT = 'fluig-documentos/fluiggers_docs/';

export interface Post {
  username: string;
  name: string;
  body: string;
}

export interface Topic {
  id: number;
  title: string;
  posts: Post[];
}

function parseTopic(md: string): Topic | undefined {
  const text = md.replace(/\r\n?/g, '\n');
  const title = (text.match(/^# (.*)$/m)?.[1] ?? '').trim();
  const id = text.match(/\*\*Fonte:\*\* \[https:\/\/fluiggers\.com\.br\/t\/[^/\]]*\/(\d+)\]/)?.[1];
  if (!id) return undefined;
  const lines = text.split('\n');
  const posts: Post[] = [];
  let current: string[] | undefined;
  const flush = () => {
    if (!current) return;
    // Drop leading blank lines, then the author line, then the section's closing "---".
    while (current.length && current[0].trim() === '') current.shift();
    const head = current.shift() ?? '';
    const m = head.match(/^\*\*(.*?)\*\* \(@([^)]*)\) — /);
    while (current.length && current[current.length - 1].trim() === '') current.pop();
    if (current.length && current[current.length - 1].trim() === '---') current.pop();
    posts.push({ username: m?.[2] ?? '', name: (m?.[1] ?? '').trim(), body: current.join('\n') });
  };
  let inFence = false;
  for (const line of lines) {
    if (/^```/.test(line)) inFence = !inFence;
    if (!inFence && /^## (Pergunta original|Resposta #\d+)/.test(line)) {
      flush();
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  flush();
  return { id: Number(id), title, posts };
}

// ---- turndown Markdown -> plain text ----

const AVATAR_TITLE = /^!\[\]\([^)]*\/user_avatar\/[^)]*\)\s*(.*)$/;

function inline(s: string): string {
  const codes = new Stash();
  let t = s.replace(CODE_SPAN, (_m, _f: string, code: string) => codes.put(code.replace(/^ (.*) $/, '$1')));
  // Images -> alt text (escaped brackets allowed inside), then links -> their text.
  const BRACKETED = String.raw`\[((?:\\.|[^\]\\])*)\]`;
  const TARGET = String.raw`\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`;
  t = t.replace(new RegExp('!' + BRACKETED + TARGET, 'g'), '$1');
  t = t.replace(new RegExp(BRACKETED + TARGET, 'g'), '$1');
  // Emphasis markers (turndown escapes literal asterisks, so bare ones are markup).
  t = t.replace(/(?<!\\)\*+/g, '');
  // turndown's escapes.
  t = t.replace(/\\([\\*\-+=#`~[\]>_.!()|{}])/g, '$1');
  return codes.restore(t);
}

function blocks(lines: string[]): string {
  const out: string[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      k++;
      while (k < lines.length && !/^\s*```\s*$/.test(lines[k])) code.push(lines[k++]);
      k++;
      out.push('\n' + code.join('\n').replace(/\s+$/, '') + '\n');
      continue;
    }
    if (/^\s*>/.test(line)) {
      const inner: string[] = [];
      while (k < lines.length && /^\s*>/.test(lines[k])) inner.push(lines[k++].replace(/^\s*> ?/, ''));
      let quoted: string;
      const title = inner[0]?.match(AVATAR_TITLE);
      if (title && inner.slice(1).some((l) => /^>/.test(l))) {
        // A Discourse quote of an earlier post: "user:" title line, then the quoted text one level down.
        const rest = inner.slice(1).map((l) => l.replace(/^> ?/, ''));
        quoted = [inline(title[1]).trim(), blocks(rest)].filter(Boolean).join('\n');
      } else {
        quoted = blocks(inner);
      }
      out.push('\n' + quoteLines(quoted) + '\n');
      continue;
    }
    k++;
    if (/^\s*(\* \* \*|-{3,}|_{3,})\s*$/.test(line)) {
      out.push('');
      continue;
    }
    let l = line.replace(/^\s*#{1,6}\s+/, '');
    l = l.replace(/^\s*([-+*]|\d+\.)\s+/, (_m, mark: string) => (/\d/.test(mark) ? `${mark} ` : '- '));
    out.push(inline(l).replace(/^\s+/, '').replace(/\s+$/, ''));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

export function postText(body: string): string {
  return tidyLines(blocks(body.split('\n')), (l) => l.replace(/[ \t]+$/, '').replace(/\u00a0/g, ' '));
}

export function topics(files: RepositoryFiles): Topic[] {
  const byId = new Map<number, Topic>();
  for (const path of files.list(ROOT)) {
    const rel = path.slice(ROOT.length);
    if (!rel.includes('/') || /^(dump|index)\//.test(rel) || !rel.endsWith('.md') || rel.endsWith('/README.md')) continue;
    const t = parseTopic(files.read(path));
    if (t && !byId.has(t.id)) byId.set(t.id, t);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

export const isAbout = (t: Topic) => /^Sobre a categoria\b/i.test(t.title);

/** A topic every set of this forum may take: not a category description, 3 to 30 posts with the opener. */
export const isEligible = (t: Topic) => !isAbout(t) && t.posts.length >= 3 && t.posts.length <= 30;

/**
 * The comments of the topics `choose` picks from all topics (in topic id order), with the staff rule above; the sets
 * of this forum differ only in that choice.
 */
export function readTopics(files: RepositoryFiles, choose: (all: Topic[]) => Topic[]): SourceComment[] {
  const all = topics(files);
  const staff = new Set<string>(['system']);
  for (const t of all) if (isAbout(t) && t.posts[0]?.username) staff.add(t.posts[0].username);
  const out: SourceComment[] = [];
  for (const t of choose(all)) {
    let i = 0;
    for (const p of t.posts) {
      const text = postText(p.body);
      if (!text) continue;
      out.push({ page: String(t.id), i: i++, text, author: p.username, staff: staff.has(p.username) });
    }
  }
  return out;
}

export default {
  id: 'fluiggers-forum',
  repo: 'isacfg/fluig-agentic-development',
  commit: 'f6b027a93545f22881b6efe264f477432675ec26',
  read(files) {
    return readTopics(files, (all) => all.filter(isEligible).filter((_t, j) => j % 11 === 5));
  },
} satisfies CommentSource;
