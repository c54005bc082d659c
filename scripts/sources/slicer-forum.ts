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
import { discourseHtmlToText } from './discourse-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = 'archive/rendered-topics/';
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const PER_YEAR = 6;
const STAFF = new Set(['lassoan', 'pieper', 'jcfr', 'cpinter', 'jamesobutler', 'Sam_Horvath', 'Sunderlandkyl', 'ihnorton']);

/** A post's cooked HTML as text (redash-forum reads its posts the same way). */
export const htmlToText = discourseHtmlToText;

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
