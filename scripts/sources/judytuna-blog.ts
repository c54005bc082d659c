// judytuna.com: Judy Tuna's personal diary blog (English; a LiveJournal begun in 2001, moved to WordPress around
// 2008, written until the 2010s: college life in Berkeley, music, friends, moods, later work and games), kept as a
// Jekyll site converted from the WordPress export. Each post under `_posts/<year>/` carries its comments in the YAML
// front matter (`comments:`, a list of {id, author, author_url, author_email, date, content, parent}); `parent` is
// the id of the comment replied to. The site renders a body with `{{ comment.content | strip | newline_to_br }}`:
// LiveJournal-era bodies are HTML paragraphs, WordPress-era ones plain text with line breaks.
//
// PAGE RULE (fixed, deterministic, blind to content): every file under `_posts/` ending in `.md`, sorted by path;
// real comments = non-empty text and not a pingback/trackback excerpt (a body that opens with "[...]"); keep the
// posts with 2 or more real comments; of these take every 6th one from the first (0-based index % 6 === 0); from each
// taken post its real comments in thread order (pre-order: each comment followed by its replies, siblings by date,
// then id), the first 20 of them.
// page = the post's path under `_posts/` without `.md` (e.g. "2006/2006-03-01-earthquakes"); i = position in that
// thread order.
// TEXT rule: the body as the page shows it: stripped, line breaks as <br> (newline_to_br), HTML to plain text with
// `htmlToText` (tags dropped, entities decoded, quotes as "> " lines).
// STAFF rule: the blog's author, Judy: comments by "judytuna" (LiveJournal name and WordPress login of the author,
// author_url judytuna.com) are staff.
import { frontMatterComments } from './front-matter';
import { displayName, htmlToText } from './html-text';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { threadOrder } from './thread-order';

interface RawComment {
  id?: number;
  author?: string;
  date?: string;
  content?: unknown;
  parent?: number;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isStaff = (author: string) => /^judytuna$/i.test(author.trim());

/** A body as the page shows it: `strip | newline_to_br`, then HTML to text. */
export const commentText = (body: string) => htmlToText(body.trim().replace(/\r?\n/g, '<br />\n'));

function postComments(files: RepositoryFiles, path: string): (RawComment & { text: string })[] {
  const comments = frontMatterComments<RawComment>(files.read(path), { closedByLine: true })
    .filter((c) => !isPingbackExcerpt(String(c.content ?? ''), { inParagraph: true }))
    .map((c) => ({ ...c, text: commentText(String(c.content ?? '')) }))
    .filter((c) => c.text !== '');
  return threadOrder(comments, {
    id: (c) => c.id,
    parent: (c) => c.parent,
    compare: (a, b) => byCodeUnit(String(a.date ?? ''), String(b.date ?? '')) || (a.id ?? 0) - (b.id ?? 0),
  });
}

export default {
  id: 'judytuna-blog',
  repo: 'judytuna/judytuna-jekyll',
  commit: 'e144c7f85f929f7cae509faf8a4431a859d6b3e7',
  read(files) {
    const posts = files
      .list('_posts/')
      .filter((p) => p.endsWith('.md'))
      .map((path) => ({ path, comments: postComments(files, path) }))
      .filter((p) => p.comments.length >= 2);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (j % 6 !== 0) return;
      const page = post.path.replace(/^_posts\//, '').replace(/\.md$/, '');
      post.comments.slice(0, 20).forEach((c, i) => {
        const author = displayName(c.author);
        out.push({ page, i, text: c.text, author, staff: isStaff(author) });
      });
    });
    return out;
  },
} satisfies CommentSource;
