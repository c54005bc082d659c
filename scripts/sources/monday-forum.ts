// monday.com community forum (community.monday.com, Discourse, 2019-2026; replaced in April 2026 by a new forum), read
// from davidsimpsonapps/monday-community-archive, a static mirror of the old forum's content: dist/api/topics/<id>.json
// holds one topic ({id, title, categoryId, createdAt, postsCount, posts: [{postNumber, author: "username (Name)",
// cookedHtml}]}), dist/api/categories/<category id>/topics__offset_<k>__limit_50.json lists a category's topics
// ({items: [{id, postsCount, createdAt}]}).
//
// Page rule (fixed, deterministic): candidates are the topics listed in the help categories Platform discussions (6)
// and its subcategories monday apps & integrations (80), Special workflows & use cases (5), monday CRM (81),
// monday dev (98), and monday Apps & Developers (8) - not Feature requests, Announcements, events, Share your apps,
// Hire an Expert, the German or the Nonprofits boards - whose listed postsCount is 3..30. For each year 2019..2026
// (UTC year of createdAt), sort that year's candidates by topic id (n topics) and, for j = 0..PER_YEAR-1, start at
// position floor(j * n / PER_YEAR) and walk forward to the first topic that (a) has 3..30 comments after skipping
// system posts, empty posts and "(post deleted/withdrawn by author...)" stubs, (b) whose opening post is
// English-script (under 5% CJK/Cyrillic/Arabic/Hebrew/Hangul letters) and (c) was not already taken. Then a second
// round, year by year again, for j = 0..EXTRA-1 starts at position floor((j + 0.5) * n / PER_YEAR) (the midpoints
// between the first round's starts) with the same walk and tests, skipping topics either round took. Whole topics
// are kept in postNumber order, the opening post is i=0. page = "t<topic id>".
//
// Staff: the archive keeps no staff/moderator flags. staff = monday.com employees, i.e. the community and support team
// and the developer-success team who answer on the forum as the company ("I've reported this to our dev team",
// "email support@monday.com"): the usernames in STAFF below, plus any username marked as an employee account
// (ending in "-monday.com" or ".monday", or containing "atmonday"/"cxmonday"). Ambassadors, partners and app vendors
// (e.g. "monday.com Ambassador", "Certified Monday.com Partner") are not staff.
//
// Author = the username (the part before " (Name)").
//
// Text: the same Discourse cooked-HTML -> plain text conversion as the other Discourse sources (discourse-text.ts):
// <br>/blocks -> line breaks, quotes kept with each line prefixed "> " (the quote's "username:" title line
// included), link-preview cards reduced to their URL, emoji images -> alt text, other images, their lightbox captions
// and embedded video iframes dropped, <pre> kept verbatim.
import { discourseHtmlToText } from './discourse-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const PER_YEAR = 6;
const EXTRA = 3;
const CATEGORIES = [6, 80, 5, 81, 98, 8];
const STAFF = new Set([
  'Matias.Monday', 'BiancaT', 'dipro', 'Helen', 'AlexSavchuk', 'Dani', 'Julietteb', 'CharlotteK', 'rachelatmonday',
  'Becca-monday.com', 'Julia-monday.com', 'TRB-monday.com', 'alessandra', 'jennap', 'shannon-cxmonday', 'lauralev',
  'AronK', 'malia.monday', 'bradley', 'melissav-monday.com', 'dsilva', 'Ayelet', 'edogr1', 'Shiran_Mund',
  'gregra', 'OmerK',
]);
const isStaff = (user: string) => STAFF.has(user) || /(-monday\.com|\.monday)$/i.test(user) || /atmonday|cxmonday/i.test(user);

interface Listed {
  id: number;
  postsCount: number;
  createdAt: string;
}

interface Post {
  postNumber: number;
  author: string;
  cookedHtml: string;
}

function comments(id: number, posts: Post[]): SourceComment[] {
  const page = `t${id}`;
  const out: SourceComment[] = [];
  for (const post of [...posts].sort((a, b) => a.postNumber - b.postNumber)) {
    const author = String(post.author ?? '').replace(/\s*\(.*$/s, '').trim();
    if (author === 'system' || author === 'discobot') continue;
    const text = discourseHtmlToText(post.cookedHtml ?? '');
    if (!text) continue;
    if (/^\(post (deleted|withdrawn) by (the )?author/i.test(text)) continue;
    out.push({ page, i: out.length, text, author, staff: isStaff(author) });
  }
  return out;
}

const FOREIGN = /[\u0400-\u04FF\u0590-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
function englishScript(text: string): boolean {
  const letters = text.replace(/\s/g, '').length || 1;
  return (text.match(FOREIGN)?.length ?? 0) / letters < 0.05;
}

function read(files: RepositoryFiles): SourceComment[] {
  const listed = new Map<number, Listed>();
  for (const cat of CATEGORIES) {
    for (const path of files.list(`dist/api/categories/${cat}/`)) {
      if (!/\/topics__offset_\d+__limit_\d+\.json$/.test(path)) continue;
      for (const item of JSON.parse(files.read(path)).items as Listed[]) listed.set(item.id, item);
    }
  }
  const have = new Set(files.list('dist/api/topics/'));
  const candidates = [...listed.values()]
    .filter((t) => t.postsCount >= 3 && t.postsCount <= 30 && have.has(`dist/api/topics/${t.id}.json`))
    .sort((a, b) => a.id - b.id);
  const all: SourceComment[] = [];
  const taken = new Set<number>();
  const take = (list: Listed[], start: number) => {
    for (let k = start; k < list.length; k++) {
      if (taken.has(list[k].id)) continue;
      const topic = JSON.parse(files.read(`dist/api/topics/${list[k].id}.json`));
      const cs = comments(list[k].id, topic.posts ?? []);
      if (cs.length < 3 || cs.length > 30 || !englishScript(cs[0].text)) continue;
      taken.add(list[k].id);
      all.push(...cs);
      return;
    }
  };
  const byYear = YEARS.map((year) => candidates.filter((t) => Number(t.createdAt.slice(0, 4)) === year));
  for (const list of byYear) for (let j = 0; j < PER_YEAR; j++) take(list, Math.floor((j * list.length) / PER_YEAR));
  for (const list of byYear) for (let j = 0; j < EXTRA; j++) take(list, Math.floor(((j + 0.5) * list.length) / PER_YEAR));
  return all;
}

export default {
  id: 'monday-forum',
  repo: 'davidsimpsonapps/monday-community-archive',
  commit: 'ed6d92dfc8e53a7930a57ee63b300b105c25277c',
  read,
} satisfies CommentSource;
