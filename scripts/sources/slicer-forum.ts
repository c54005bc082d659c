// 3D Slicer community forum (discourse.slicer.org), read from pieper/slicer-discourse-archive, a daily archive of the
// forum that renders every topic as archive/rendered-topics/YYYY/YYYY-MM/YYYY-MM-DD-<slug>-id<topic>.md: a header, then
// one "## Post #N by @user (date)" section per post whose body is Discourse's cooked HTML.
//
// Page rule (fixed, deterministic): for each year folder 2017..2026, take that year's topic files sorted by path
// (n files) and, for j = 0..PER_YEAR-1, start at index floor(j * n / PER_YEAR) and walk forward to the first topic
// that (a) has 3..30 comments after skipping empty/deleted/system posts and (b) is English-script (its opening post
// has under 5% CJK/Cyrillic/Arabic/Hebrew/Hangul letters) and (c) was not already taken. Whole topics are kept, the
// opening post is i=0. page = "t<topic id>".
//
// Staff: the archive does not record Discourse's staff/admin/moderator flags, so staff = the Slicer core developers
// who run and answer on the forum (usernames in STAFF below: lead developers listed in Slicer's docs/about page and
// core maintainers with commit rights: Andras Lasso, Steve Pieper, Jean-Christophe Fillion-Robin, Csaba Pinter,
// James Butler, Sam Horvath, Kyle Sunderland, and Isaiah Norton, who set up the forum).
//
// Text: cooked HTML -> plain text with linkedom: <br>/blocks -> line breaks, quotes (aside.quote, blockquote) kept
// with each line prefixed "> " (the quote's "username:" title line included, like phpBB's "X wrote:"), link-preview
// cards (onebox) reduced to the URL the poster typed, emoji images -> alt text, other images and their
// lightbox captions (file name, size) dropped, <pre> kept verbatim.
import { htmlFragment } from './html-fragment';
import { listMark } from './list-mark';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { tidyLines } from './text-lines';
import { TextOut } from './text-out';

const ROOT = 'archive/rendered-topics/';
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const PER_YEAR = 6;
const STAFF = new Set(['lassoan', 'pieper', 'jcfr', 'cpinter', 'jamesobutler', 'Sam_Horvath', 'Sunderlandkyl', 'ihnorton']);

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'HR',
  'DETAILS', 'SUMMARY', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD',
]);
const DROP = new Set(['SCRIPT', 'STYLE', 'SVG', 'NOSCRIPT', 'IFRAME', 'VIDEO', 'AUDIO']);

// Text runs collapse all whitespace; a numbered item's marker, like a bullet, keeps its first block on its line.
const OUT = { numbered: true };

const cls = (el: Element) => ` ${el.getAttribute('class') ?? ''} `;

function onebox(el: Element): string {
  const src = el.getAttribute('data-onebox-src');
  if (src) return src;
  const a = el.querySelector('header a[href], a[href]');
  return a?.getAttribute('href') ?? '';
}

function quoteBlock(out: TextOut, inner: string) {
  out.quote(inner.replace(/\n{3,}/g, '\n\n').trim());
}

function walk(node: Node, out: TextOut) {
  const el = out.element(node, DROP);
  if (!el) return;
  const tag = el.tagName.toUpperCase();
  const c = cls(el);
  if (tag === 'IMG') {
    if (c.includes(' emoji ')) out.text(el.getAttribute('alt') ?? el.getAttribute('title') ?? '');
    return;
  }
  if (c.includes(' meta ') && el.parentElement && cls(el.parentElement).includes(' lightbox')) return;
  if ((tag === 'ASIDE' || tag === 'DIV') && (c.includes(' onebox ') || c.includes(' lazyYT ') || c.includes(' youtube-onebox '))) {
    const url = tag === 'DIV' && c.includes('lazyYT') ? `https://www.youtube.com/watch?v=${el.getAttribute('data-youtube-id') ?? ''}` : onebox(el);
    out.nl();
    out.text(url);
    out.nl();
    return;
  }
  if (tag === 'ASIDE' && c.includes(' quote ')) {
    const inner = out.fresh();
    const title = el.querySelector(':scope > .title');
    if (title) {
      const t = (title.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) inner.raw(t + '\n');
    }
    for (const child of Array.from(el.childNodes)) {
      if (child === title) continue;
      // The quoted text sits in the aside's own <blockquote>: one "> " level, not two.
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'BLOCKQUOTE') {
        for (const grand of Array.from(child.childNodes)) walk(grand, inner);
      } else walk(child, inner);
    }
    return quoteBlock(out, inner.s);
  }
  if (tag === 'BLOCKQUOTE') {
    const inner = out.fresh();
    for (const child of Array.from(el.childNodes)) walk(child, inner);
    return quoteBlock(out, inner.s);
  }
  if (tag === 'PRE') {
    out.nl();
    out.raw((el.textContent ?? '').replace(/\n+$/, ''));
    out.raw('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.nl();
  if (tag === 'LI') out.raw(listMark(el, { fromStart: true }));
  if (tag === 'TD' || tag === 'TH') {
    if (el.previousElementSibling) out.raw(' | ');
  }
  for (const child of Array.from(el.childNodes)) walk(child, out);
  if (block) out.nl();
}

export function htmlToText(html: string): string {
  const out = new TextOut(OUT);
  walk(htmlFragment(html), out);
  return tidyLines(out.s, (l) => l.replace(/[ \t\u00a0]+$/, ''));
}

interface Topic {
  page: string;
  comments: SourceComment[];
}

const HEADER = /^## Post #(\d+) by @(\S+) \([^)\n]*\)$/gm;

function parseTopic(path: string, md: string): Topic {
  const id = /-id(\d+)\.md$/.exec(path)?.[1] ?? path;
  const page = `t${id}`;
  const heads = Array.from(md.matchAll(HEADER));
  const comments: SourceComment[] = [];
  heads.forEach((h, k) => {
    const start = h.index! + h[0].length;
    const end = k + 1 < heads.length ? heads[k + 1].index! : md.length;
    const body = md.slice(start, end).replace(/\n---\s*$/, '').trim();
    const author = h[2];
    if (author === 'system' || author === 'discobot') return;
    const text = htmlToText(body);
    if (!text) return;
    if (/^\(post (deleted|withdrawn) by author/i.test(text)) return;
    comments.push({ page, i: comments.length, text, author, staff: STAFF.has(author) });
  });
  return { page, comments };
}

const FOREIGN = /[\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
function englishScript(text: string): boolean {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(FOREIGN)?.length ?? 0) / letters < 0.05;
}

function read(files: RepositoryFiles): SourceComment[] {
  const all: SourceComment[] = [];
  for (const year of YEARS) {
    const paths = files.list(`${ROOT}${year}/`).filter((p) => p.endsWith('.md'));
    const n = paths.length;
    const taken = new Set<number>();
    for (let j = 0; j < PER_YEAR; j++) {
      for (let k = Math.floor((j * n) / PER_YEAR); k < n; k++) {
        if (taken.has(k)) continue;
        const topic = parseTopic(paths[k], files.read(paths[k]));
        const count = topic.comments.length;
        if (count < 3 || count > 30 || !englishScript(topic.comments[0].text)) continue;
        taken.add(k);
        all.push(...topic.comments);
        break;
      }
    }
  }
  return all;
}

export default {
  id: 'slicer-forum',
  repo: 'pieper/slicer-discourse-archive',
  commit: 'e93cda2348b80c9f151b6bd94fef9181e3b3057a',
  read,
} satisfies CommentSource;
