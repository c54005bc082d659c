// girtby.net: Alastair Rankine's blog (Sydney, 2004-2009: Mac/Windows annoyances, C++, shell, blog engines, ISPs),
// kept as a Jekyll site whose posts carry their comments in the YAML front matter (`comments:` list of
// {id, author, author_email, author_url, date, content}). The site renders each comment with
// `{{ comment.content | markdownify }}`, so a comment body is either HTML (WordPress era) or Markdown (Mephisto era).
//
// Page rule (fixed, deterministic): take every file under `_posts/`, sorted by path; drop posts that have no real
// comment (real = non-empty and not a pingback/trackback excerpt, i.e. a body that opens with "[...]");
// of the remaining posts keep every 3rd one, starting with the 2nd (0-based index % 3 === 1);
// from each kept post take its first 20 real comments in front-matter order.
// page = the post file name without the `.markdown` extension (date + slug); staff = the comment author is the
// blog's owner, Alastair.
import { markdownOrHtmlToHtml } from './block-markdown';
import { frontMatterComments } from './front-matter';
import { listHtmlToText } from './html-text-lists';
import { isPingbackExcerpt } from './pingback';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface RawComment {
  id?: number;
  author?: string;
  author_email?: string;
  content?: unknown;
}

const isStaff = (author: string) => /^alastair$/i.test(author.trim());

/** A body as the site shows it: Markdown (or the WordPress era's HTML) -> HTML -> plain text; lists numbered from
 * their start, as kramdown writes it. */
export const commentText = (body: string) => listHtmlToText(markdownOrHtmlToHtml(body), { olStart: true });

function postComments(files: RepositoryFiles, path: string): RawComment[] {
  return frontMatterComments<RawComment>(files.read(path), { closedByLine: true }).filter((c) => {
    const body = String(c.content ?? '');
    return body.trim() !== '' && !isPingbackExcerpt(body, { inParagraph: true });
  });
}

export default {
  id: 'girtby-blog',
  repo: 'randomphrase/girtby.net',
  commit: '05155d558b599f86593791b29be1b1e48b7c7b4d',
  read(files) {
    const posts = files
      .list('_posts/')
      .filter((p) => p.endsWith('.markdown') || p.endsWith('.md'))
      .map((path) => ({ path, comments: postComments(files, path) }))
      .filter((p) => p.comments.length > 0);
    const out: SourceComment[] = [];
    posts.forEach((post, j) => {
      if (j % 3 !== 1) return;
      const page = post.path.replace(/^_posts\//, '').replace(/\.(markdown|md)$/, '');
      let i = 0;
      for (const c of post.comments.slice(0, 20)) {
        const text = commentText(String(c.content));
        if (!text) continue;
        const author = String(c.author ?? '').trim();
        out.push({ page, i: i++, text, author, staff: isStaff(author) });
      }
    });
    return out;
  },
} satisfies CommentSource;
