// erikmoberg.net: the personal blog of Erik Moberg, a Swedish developer and hobby photographer (2010-2022: Canon
// lenses and DSLRs, cheap Android phones/tablets, custom ROMs, Unity, DIY repairs, his online icon maker). The
// repository github.com/erikmoberg/erikmoberg.net holds the site's own PHP code and its data files; xml/comments.xml
// is the comment store: <articlecomments><comments articlename="<post slug>"><comment><name/><datetime/>
// <website/><message/>[<approvalstatus/>]</comment>...</comments>...</articlecomments>, 51 posts, 594 comments, the
// posts in publication order and the comments of each post in date order. Messages are plain text (the site escapes
// them and turns "\n" into <br>), with CR LF line ends stored as "&#xD;".
//
// PAGE RULE (fixed, deterministic): every post of xml/comments.xml in file order (chronological, 2010-2022); of each
// post its first 40 comments in file order (PER_PAGE; the brief asked for 20 per post and ~350 comments, but 20 per
// post over all 51 posts gives only 262, so the cap was raised to 40, which only lengthens the 5 longest Q&A threads),
// after dropping comments whose <approvalstatus> is "rejected" (the site does not show them: the owner's "Test"
// comments and one abusive comment), comments whose text comes out empty and
// the spam comments listed in SPAM (by post and datetime). Posts left with no comment give no page.
//
// page = the post's articlename (its URL slug). author = <name>.
// TEXT: the message XML-decoded, CR dropped, U+2028 -> line break, BOM/U+FEFF dropped, trailing spaces trimmed per
// line, runs of 3+ line breaks -> 2, trimmed. Nothing else is changed (the message is not HTML).
// STAFF: the blog's owner, who always comments with the exact name "Erik" (the other names containing "Erik", such
// as "Erik F.", "Erik Jonson" and "Per-Erik", are readers).
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { decodeXmlSteps as decodeXml } from './xml-entities';

const REPO = 'erikmoberg/erikmoberg.net';
const COMMIT = 'b18ce0a7b84b10d5e3d741c079739755f8e786a3';
const PER_PAGE = 40;
/** Spam comments, "<articlename> <datetime>". */
const SPAM = new Set<string>([
  // SEO spam promoting an SD card duplication company
  'canon_600d_and_memory_cards 2015-06-02 07:18',
]);

function field(block: string, tag: string): string | undefined {
  const m = block.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  return m ? decodeXml(m[1]) : undefined;
}

export function messageText(raw: string): string {
  return raw
    .replace(/\r/g, '')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\uFEFF/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export default {
  id: 'erikmoberg-blog',
  repo: REPO,
  commit: COMMIT,
  read(files: RepositoryFiles) {
    const xml = files.read('xml/comments.xml');
    const out: SourceComment[] = [];
    for (const post of xml.matchAll(/<comments articlename="([^"]*)">([\s\S]*?)<\/comments>/g)) {
      const page = decodeXml(post[1]);
      let i = 0;
      for (const c of post[2].matchAll(/<comment>([\s\S]*?)<\/comment>/g)) {
        if (i >= PER_PAGE) break;
        const block = c[1];
        if ((field(block, 'approvalstatus') ?? '').trim() === 'rejected') continue;
        const datetime = (field(block, 'datetime') ?? '').trim();
        if (SPAM.has(`${page} ${datetime}`)) continue;
        const text = messageText(field(block, 'message') ?? '');
        if (!text) continue;
        const author = (field(block, 'name') ?? '').trim();
        out.push({ page, i: i++, text, author, staff: author === 'Erik' });
      }
    }
    return out;
  },
} satisfies CommentSource;
