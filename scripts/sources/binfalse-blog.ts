// binfalse.de: Martin Scharm's personal tech how-to blog (2010-2023; Linux administration, Nagios/Icinga monitoring
// scripts, R, Java, Docker, his YOURLS browser extensions; English with some German). The Jekyll site
// (github.com/binfalse/binfalse.de) keeps every comment as one YAML file under `_data/comments/<slug>/`: the comments
// imported from WordPress (`yyyy-mm-dd-hh-mm-ss.yml`, a `---` framed document {_id, _parent, date, link, message,
// name, post_id}) and the later Staticman ones (`comment_<ms>.yml`, {_id, name, link, message, captcha, date}).
// `_includes/comments.html` shows a post's comments sorted by file name (`site.data.comments[slug] | sort`; the
// WordPress-era names sort before `comment_...`), each body as `{{ message | markdownify }}` (kramdown). No comment at
// the pinned commit is a reply to another (every `_parent` equals its own `_id`), so the thread is flat.
//
// PAGE RULE (fixed, deterministic): every directory under `_data/comments/` (one per post, 2010-2024), sorted by name
// (code-unit order); of each, the first 20 real comments in file-name order. A comment is not real when it is a
// pingback/trackback (the body opens with "[...]" or with a bold "<strong>Title...</strong>" excerpt), when its
// text comes out empty, or when it is one of the spam/boilerplate comments listed in SKIP (WordPress' default "Mr
// WordPress" comment, SEO link drops). Posts left without real comments drop out.
//
// page = the directory name (the post's slug). i = position among the post's real comments.
// TEXT: Markdown -> HTML -> plain text, as a reader sees it: paragraphs and <br> -> line breaks, soft line breaks
// inside a paragraph -> spaces, links -> their text, code blocks kept line by line, quotes ("> ") kept with each line
// prefixed "> ", list items on their own lines, entities decoded, tags dropped. kramdown's typographic substitutions
// are NOT applied. Some old comments (the "microscope-puzzle" game) hold the author's bold remarks written into the
// commenter's body; they are part of the body as shown and are kept.
// STAFF: the blog's author, Martin Scharm: a comment whose `link` is on binfalse.de or codeahoi.de (his own sites; he
// signs as "Martin Scharm", "martin", "Martin", "binfalse"). "Martin S." / "Martin" of meet-unix.org and "Martin
// Steinbach" are other people.
import { parseAllDocuments } from 'yaml';
import { displayName } from './html-text';
import { kramdownText } from './kramdown-text';
import { commentFilesByPost } from './comment-folders';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const ROOT = '_data/comments/';
// _id prefixes of spam or boilerplate comments (not comments of a reader on the post).
const SKIP = new Set([
  '222f68', // hello-world: WordPress' default comment by "Mr WordPress"
  '3ea3c0', // inspecting-java-startups: SEO spam (link in the name)
  'cc4d2e', // java-lang-outofmemoryerror-java-heap-space: self-promoting link drop
  '5053ee', // record-stream-using-vlc: spam
  'a6a1ee', // record-stream-using-vlc: spam ("share this article regarding ...")
  'f48c0d', // run-your-private-firefox-sync-server: bare link to another site
]);

interface DataComment {
  _id?: unknown;
  name?: unknown;
  link?: unknown;
  message?: unknown;
}

const isPingback = (body: string) => /^\s*(\[(\.\.\.|…|&#8230;)\]|<strong>[^<]*(\.\.\.|…|&#8230;)<\/strong>)/.test(body);
const isStaff = (link: string) => /^https?:\/\/([a-z0-9-]+\.)*(binfalse\.de|codeahoi\.de)(\/|$)/i.test(link.trim());

/** A body as the site shows it: `markdownify` (kramdown) as text. */
export const commentText = kramdownText;

function commentOf(yamlText: string): DataComment {
  // The WordPress-era files are framed by `---` lines: the comment is the first document.
  const docs = parseAllDocuments(yamlText.replace(/\r\n?/g, '\n'));
  const first = (Array.isArray(docs) ? docs : [docs]).find((d: any) => d.contents != null) as any;
  return (first?.toJS() ?? {}) as DataComment;
}

export default {
  id: 'binfalse-blog',
  repo: 'binfalse/binfalse.de',
  commit: '99b0654e326c7489bec35ce0ab829e5dba0fdfa7',
  read(files: RepositoryFiles): SourceComment[] {
    const out: SourceComment[] = [];
    for (const { post: slug, paths } of commentFilesByPost(files, ROOT)) {
      let i = 0;
      for (const path of paths) {
        if (i >= 20) break;
        const c = commentOf(files.read(path));
        const id = String(c._id ?? '');
        if ([...SKIP].some((p) => id.startsWith(p))) continue;
        const body = c.message == null ? '' : String(c.message);
        if (isPingback(body)) continue;
        const text = commentText(body);
        if (!text) continue;
        const link = c.link == null ? '' : String(c.link);
        out.push({ page: slug, i: i++, text, author: displayName(c.name), staff: isStaff(link) });
      }
    }
    return out;
  },
} satisfies CommentSource;
