// greenmanov.net: the personal blog of "GreenMan" (GitHub user GreenManSK, a Slovak student and web developer),
// 2010-2015: anime and manga, his web projects and school web-design contests, WordPress and chat-client tips,
// Minecraft, "social experiments" and diary posts. The blog moved from WordPress to Jekyll
// (github.com/GreenManSK/greenmanov.net); its reader comments were carried over by hand into ONE data file,
// `_data/comments.yml`: a map from the post's comment key (the post's front-matter `comments:` value, a slug) to the
// list of its comments, each {name, avatar, comment, date}, in the order the page shows them (`_layouts/post.html`
// loops over `site.data.comments[page.comments]` as stored, flat, no threading) and prints `{{ comment.comment }}`
// as raw HTML inside a <p>. The comments are in Slovak (the author and his Slovak friends) and Czech (Czech readers).
//
// PAGE RULE (fixed, deterministic): every key of `_data/comments.yml` (35 posts, 2010-2015), in file order, and every
// comment of each, in the stored order. That is all 101 comments of the blog (a small source, taken whole). The data
// file holds no spam, pingbacks or trackbacks (it was curated by the author); empty bodies would be skipped (none).
//
// page = the comment key (the post slug, e.g. "facebook-vizitky").
// TEXT: the `comment` string as HTML: <br> -> line breaks, entities decoded, tags dropped (htmlToText). Emoji are
// already Unicode characters in the data.
// STAFF: the blog's author, who comments as "GreenMan" (the same Gravatar on all his comments).
import { parse as parseYaml } from 'yaml';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const REPO = 'GreenManSK/greenmanov.net';
const COMMIT = '2a50641ee1a1366826c246c83ab9b7ad82cf44b5';
const FILE = '_data/comments.yml';
const STAFF = /^greenman$/i;

interface RawComment {
  name?: unknown;
  comment?: unknown;
}

export default {
  id: 'greenman-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    const data = parseYaml(files.read(FILE)) as Record<string, RawComment[] | null>;
    const out: SourceComment[] = [];
    for (const [page, list] of Object.entries(data)) {
      let i = 0;
      for (const c of list ?? []) {
        const text = htmlToText(String(c.comment ?? '')).trim();
        if (!text) continue;
        const author = String(c.name ?? '').trim();
        out.push({ page, i: i++, text, author, staff: STAFF.test(author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
