// Redash community forum (discuss.redash.io, Discourse, 2016-2023, now read-only), read from getredash/discourse-archive,
// the project's own static export of the forum: t/<slug>/<topic id>.html is Discourse's crawler view of a topic, one
// div.topic-body.crawler-post per post (author in .creator [itemprop=name], time[datetime], body in div.post). User
// pages (u/) and the topics' assets/ folders are not read.
//
// Page rule (fixed, deterministic): a topic is eligible when its file is t/<slug>/<digits>.html, the page is complete
// (no "next page" link: the crawler view shows only the first 20 posts), it has 3..30 comments after skipping empty,
// deleted and system/discobot posts, and its opening post is English-script (under 5% CJK/Cyrillic/Arabic/Hebrew/
// Hangul letters). For each year 2016..2023 (UTC date of the opening post), sort that year's eligible topics by topic
// id (n topics) and take the ones at positions floor(j * n / PER_YEAR), j = 0..PER_YEAR-1 (topic ids follow time, and
// the categories Support, Feature Requests, Development and Tips are interleaved in that order). Whole topics are
// kept, the opening post is i=0. page = "t<topic id>".
//
// Staff: the crawler view carries no staff/moderator flags on posts. The export's about.html lists the forum's admin
// (arikfr, Arik Fraimovich, Redash's founder) and moderator (jesse, Jesse Whitehouse of the Redash team); staff = those
// two plus the Redash team developers who answered on the forum: ranbena (Ran Byron), gabrieldutra (Gabriel Dutra) and
// levko (Levko Kravets). Frequent community helpers (k4s1m, justinclift, ...) are not staff.
//
// Text: the same Discourse cooked-HTML -> plain text conversion as slicer-forum: <br>/blocks -> line breaks, quotes
// (aside.quote, blockquote) kept with each line prefixed "> " (the quote's "username:" title line included),
// link-preview cards (onebox) reduced to their URL, emoji images -> alt text, other images and their lightbox captions
// dropped, <pre> kept verbatim.
import { parseHTML } from 'linkedom';
import { htmlToText } from './slicer-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const PER_YEAR = 8;
const STAFF = new Set(['arikfr', 'jesse', 'ranbena', 'gabrieldutra', 'levko']);
const PATH = /^t\/[^/]+\/(\d+)\.html$/;

interface Topic {
  id: number;
  year: number;
  comments: SourceComment[];
  complete: boolean;
}

function parseTopic(id: number, html: string): Topic {
  const { document } = parseHTML(html);
  const page = `t${id}`;
  const comments: SourceComment[] = [];
  let year = 0;
  for (const post of Array.from(document.querySelectorAll('div.topic-body.crawler-post')) as any[]) {
    const author = String(post.querySelector('.creator [itemprop=name]')?.textContent ?? '').trim();
    const time = post.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
    if (!year) year = Number(time.slice(0, 4)) || 0;
    if (author === 'system' || author === 'discobot') continue;
    const body = post.querySelector('div.post');
    const text = body ? htmlToText(body.innerHTML) : '';
    if (!text) continue;
    if (/^\(post (deleted|withdrawn) by author/i.test(text)) continue;
    comments.push({ page, i: comments.length, text, author, staff: STAFF.has(author) });
  }
  const complete = !/\?page=2" [^>]*rel="next"/.test(html) && !/rel="next"[^>]*\?page=2/.test(html);
  return { id, year, comments, complete };
}

const FOREIGN = /[\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
function englishScript(text: string): boolean {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(FOREIGN)?.length ?? 0) / letters < 0.05;
}

function read(files: RepositoryFiles): SourceComment[] {
  const eligible: Topic[] = [];
  for (const path of files.list('t/')) {
    const m = PATH.exec(path);
    if (!m) continue;
    const t = parseTopic(Number(m[1]), files.read(path));
    const n = t.comments.length;
    if (!t.complete || n < 3 || n > 30 || !englishScript(t.comments[0].text)) continue;
    eligible.push(t);
  }
  eligible.sort((a, b) => a.id - b.id);
  const all: SourceComment[] = [];
  for (const year of YEARS) {
    const list = eligible.filter((t) => t.year === year);
    const n = list.length;
    const picks = new Set<number>();
    for (let j = 0; j < PER_YEAR && j < n; j++) picks.add(Math.floor((j * n) / PER_YEAR));
    for (const k of [...picks].sort((a, b) => a - b)) all.push(...list[k].comments);
  }
  return all;
}

export default {
  id: 'redash-forum',
  repo: 'getredash/discourse-archive',
  commit: '9e1f5c2e26477e58986043c289e1630eaccd22f8',
  read,
} satisfies CommentSource;
