// Nouns DAO's Discourse forum (discourse.nouns.wtf, 2021-2025), archived as Markdown by discourse-to-github-archiver:
// markdown/rendered-topics/<yyyy-mm-Month>/<date>-<slug>-id<topic id>.md, one file per topic. Each post sits between
// "<!-- ✦✦✦ POST START ✦✦✦ -->" and "<!-- ✦✦✦ POST END ✦✦✦ -->" and opens with a quoted header
// ("> **Post #N • author**", "> Created: …", "> Updated: …"); the body is Markdown made from Discourse's HTML.
// Discourse quotes come out as an "![](avatar) name:" line (the quote's author line, dropped) and "> " lines (kept).
//
// Page rule: every topic file whose thread has 3 to 30 posts, all of its posts in order (post #1 is i=0); posts that
// are only images are skipped.
// Staff: the archive keeps no roles or badges, so no author is marked staff (the forum's "system" user never posts in
// these topics).
import type { CommentSource, SourceComment } from './source';
import { githubMarkdownToText } from './github-markdown';

const START = '<!-- ✦✦✦ POST START ✦✦✦ -->';
const END = '<!-- ✦✦✦ POST END ✦✦✦ -->';

function posts(md: string): { author: string; body: string }[] {
  const out: { author: string; body: string }[] = [];
  for (const chunk of md.split(START).slice(1)) {
    const block = chunk.split(END)[0];
    const lines = block.replace(/\r\n?/g, '\n').split('\n');
    let k = 0;
    while (k < lines.length && !lines[k].trim()) k++;
    const head = lines[k]?.match(/^> \*\*Post #\d+ • (.*)\*\*\s*$/);
    if (!head) continue;
    k++;
    while (k < lines.length && /^> (Created|Updated):/.test(lines[k])) k++;
    const body = lines
      .slice(k)
      // the author line Discourse puts above a quote: avatar image, then "name:"
      .filter((l) => !/^!\[\]\([^)]*\)\s*[^\s]+:\s*$/.test(l))
      .join('\n');
    out.push({ author: head[1].trim(), body });
  }
  return out;
}

export default {
  id: 'nounsdao-forum',
  repo: 'nounsDAO/discourse-archive',
  commit: 'a477549218824ca9b38f13695c5db09e747054fa',
  read(files) {
    const out: SourceComment[] = [];
    for (const path of files.list('markdown/rendered-topics/').filter((p) => p.endsWith('.md'))) {
      const all = posts(files.read(path));
      if (all.length < 3 || all.length > 30) continue;
      const name = path.split('/').pop()!.replace(/\.md$/, '');
      const page = name.match(/-id(\d+)$/)?.[1] ?? name.slice(0, 60);
      let i = 0;
      for (const p of all) {
        const text = githubMarkdownToText(p.body).trim();
        // a post that is only an image reads as its alt text "image": nothing to label
        if (!text.replace(/^image$/gm, '').trim()) continue;
        out.push({ page, i: i++, text, author: p.author, staff: false });
      }
    }
    return out;
  },
} satisfies CommentSource;
