// GestureWorks Gameplay forums (gameplay.gestureworks.com/gameplay_forums, 2013-2014): the support forum of Ideum's
// GestureWorks Gameplay, Windows software that puts touch "virtual controllers" over PC games (English). Source:
// ideum/gameplay-forum-archives, a wget mirror of the v1 forum (public/version1/) and the beta forum (public/beta/),
// Rails "forem" pages: public/<forum>/<board>/topics/<slug>.html is page 1 of a topic, <slug>?page=N.html its later
// pages (<slug>?page=1.html is a copy of page 1 and is skipped). Each post is a `div.post` with `.username` and
// `div.contents`; the body lies between the two spacer divs of `div.contents` (the time link and the "In reply to X"
// line before it are dropped, as is the empty actions list after it).
//
// Text: the post body (Markdown rendered to HTML) as plain text with htmlToText: <br>/<p> -> line breaks, entities
// decoded, tags dropped, <img> -> alt text (emoji such as "smiley"), <blockquote> lines prefixed "> ", <pre> kept as
// typed; other whitespace collapsed as the browser shows it. Posters quoted earlier posts by pasting "> " lines into
// a paragraph (not rendered as <blockquote>), so such a quote reads as one run "> a > > b" followed by the reply, as it
// did on the page. Empty posts are skipped.
//
// Page rule (fixed, deterministic): every topic of both forums with 3 to 30 posts (opener included, all pages of the
// topic read), sorted by the datetime of its opening post (then by path); keep every 4th, starting with the 2nd
// (index % 4 === 1), and further every 12th, starting with the 8th (index % 12 === 7; added in a second pass). All
// posts of each kept topic, in page order, the opener as i = 0. page = "v1/<slug>" or "beta/<slug>". 77 topics
// (2013-2014), 400 comments.
//
// Staff: the archive carries no rank or role marks, so staff = the Ideum/GestureWorks team as identified from the
// posts: the authors of the release announcements and the people answering for the company ("we", "our team", fixes,
// releases, approving controllers, reading the bug reports): see STAFF below. All other posters count as users.
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const STAFF = new Set<string>([
  'ArcaneAvis', // moderator/support, v1 (answers, announcements)
  'naopad', // community/support, v1
  'John', // developer, v1 ("As of v0.9.2.8 you can now ...")
  'john', // developer, beta (same person's beta-forum account; sends Steam keys)
  'marsh', // release announcements, v1 and beta
  'brittany', // release announcement v1.0.4.0
  'BrittanyGWG', // "welcome to beta" announcement
  'ryan', // beta announcements and support
  'kyle', // beta developer answers
  'acousticguru', // support, v1 and beta ("we will look into ...", reads bug reports)
  'PaperLuffy', // support/tester, v1 and beta ("I submitted a bug and talked to the team")
  'Gworks', // company account, v1 ("We are planning on adding that feature to the list")
  'christopher', // developer, v1 ("Further testing has revealed ... This will be remedied in an update")
]);

interface Topic {
  page: string;
  path: string;
  date: string;
  posts: { author: string; html: string }[];
}

const SPACER = /width:\s*95%/;

function postsOf(html: string): { author: string; html: string; date: string }[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('div.post')].map((d: any) => {
    const contents = d.querySelector('div.contents');
    const kids = [...contents.childNodes] as any[];
    const spacers = kids.map((k, j) => (k.nodeType === 1 && k.tagName === 'DIV' && SPACER.test(String(k.getAttribute('style'))) ? j : -1)).filter((j) => j >= 0);
    const body = kids.slice(spacers[0] + 1, spacers[spacers.length - 1]);
    const bodyHtml = body.map((k) => (k.nodeType === 1 ? k.outerHTML : k.nodeType === 3 ? String(k.textContent).replace(/&/g, '&amp;').replace(/</g, '&lt;') : '')).join('');
    return {
      author: String(d.querySelector('.username')?.textContent ?? '').trim(),
      date: String(contents.querySelector('time')?.getAttribute('datetime') ?? ''),
      html: bodyHtml,
    };
  });
}

export function topics(files: RepositoryFiles): Topic[] {
  const all = files.list('public/');
  const pageNo = (p: string) => Number(p.match(/\?page=(\d+)\.html$/)![1]);
  return all
    .filter((p) => /^public\/(version1|beta)\/[^/]+\/topics\/[^/?]+\.html$/.test(p))
    .map((first) => {
      const base = first.slice(0, -'.html'.length);
      const later = all.filter((p) => p.startsWith(`${base}?page=`) && /\?page=\d+\.html$/.test(p) && pageNo(p) >= 2).sort((a, b) => pageNo(a) - pageNo(b));
      const posts = [first, ...later].flatMap((p) => postsOf(files.read(p)));
      const [, forum, slug] = first.match(/^public\/(version1|beta)\/[^/]+\/topics\/([^/?]+)\.html$/)!;
      return { page: `${forum === 'version1' ? 'v1' : 'beta'}/${slug}`, path: first, date: posts[0]?.date ?? '', posts };
    });
}

export default {
  id: 'gestureworks-forum',
  repo: 'ideum/gameplay-forum-archives',
  commit: '01fdc256684214c7e2c414a5ff1cf6b866a3dfc6',
  read(files: RepositoryFiles): SourceComment[] {
    const kept = topics(files)
      .filter((t) => t.posts.length >= 3 && t.posts.length <= 30)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .filter((_t, j) => j % 4 === 1 || j % 12 === 7);
    const out: SourceComment[] = [];
    for (const t of kept) {
      let i = 0;
      for (const p of t.posts) {
        const text = htmlToText(p.html, { keepWhitespaceIn: ['PRE'] });
        if (!text) continue;
        out.push({ page: t.page, i: i++, text, author: p.author, staff: STAFF.has(p.author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
