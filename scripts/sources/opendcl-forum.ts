// forum.opendcl.com: the SMF support forum of OpenDCL, an open-source dialog/GUI runtime and editor for AutoCAD
// (AutoLISP), 2007-2026, English with a German board. Source: opendcl/forum-archive, a static read-only archive
// generated from the July 2026 SMF database dump: one page per topic, `topics/<id>-<slug>.html`, each post an
// `<article class="post">` with `.post-author`, `.post-date` and `.post-body` (SMF's BBC already rendered to HTML).
//
// Text: the post body as plain text (htmlToText: <br> -> line breaks, entities decoded, tags dropped, <img> -> alt).
// The archive's "Attachments" list (`div.attachments`, added by the forum software) is dropped. SMF quotes
// (`blockquote.quote`) are kept with every line prefixed "> "; their `<cite>` header "author=X link=... date=...
// wrote:" is shown as "X wrote:" (as SMF shows "Quote from: X"), a header without an author as "Quote", other
// headers (a quoted document's name) as they are. SMF text smileys (";D", "::)") are plain text already.
//
// Page rule (fixed, deterministic): every topic file; keep topics with 3 to 30 posts (opener included); sort by the
// SMF topic id (= creation order, 2007-2025). Of the topics outside the German board (boards/11-german) keep every
// 34th, starting with the 18th (index % 34 === 17); of the German-board topics keep every 10th, starting with the 6th
// (index % 10 === 5). All posts of each kept topic, the opener as i = 0. page = the topic id.
// Staff: the archive carries no rank or role marks, so staff = the OpenDCL project team as identified from the posts
// and the project-administration board: owenwengerd (Owen Wengerd, lead developer and site admin), bazzacad (Barry
// Ralphs, project founder, OpenDCL Studio), fred_tomke (Fred Tomke, documentation and German board) and Kerry Brown
// (project member, samples and help).
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['owenwengerd', 'bazzacad', 'fred_tomke', 'Kerry Brown']);
const GERMAN = 'boards/11-german.html';

interface Topic {
  id: number;
  german: boolean;
  posts: { author: string; html: string }[];
}

function cite(raw: string): string {
  const m = raw.match(/author=(.*?) link=/);
  if (m) return `${m[1].trim()} wrote:`;
  if (/^\s*=topic=/.test(raw)) return 'Quote';
  return raw.trim();
}

function parseTopic(path: string, html: string): Topic {
  const { document } = parseHTML(html);
  const crumbs = document.querySelector('p.breadcrumbs');
  const german = !!crumbs && [...crumbs.querySelectorAll('a')].some((a: any) => String(a.getAttribute('href')).endsWith(GERMAN));
  const posts = [...document.querySelectorAll('article.post')].map((a: any) => {
    const body = a.querySelector('.post-body');
    for (const att of [...body.querySelectorAll('div.attachments')]) (att as any).remove();
    for (const c of [...body.querySelectorAll('cite')]) (c as any).textContent = cite(String((c as any).textContent));
    return { author: String(a.querySelector('.post-author')?.textContent ?? '').trim(), html: String(body.innerHTML) };
  });
  return { id: Number(path.match(/^topics\/(\d+)-/)![1]), german, posts };
}

export default {
  id: 'opendcl-forum',
  repo: 'opendcl/forum-archive',
  commit: 'ad10ae279fbf8f36dfcfe552356b1bfca6ecf94c',
  read(files: RepositoryFiles): SourceComment[] {
    const topics = files
      .list('topics/')
      .filter((p) => /^topics\/\d+-[^/]*\.html$/.test(p))
      .map((p) => parseTopic(p, files.read(p)))
      .filter((t) => t.posts.length >= 3 && t.posts.length <= 30)
      .sort((a, b) => a.id - b.id);
    const other = topics.filter((t) => !t.german).filter((_t, j) => j % 34 === 17);
    const german = topics.filter((t) => t.german).filter((_t, j) => j % 10 === 5);
    const out: SourceComment[] = [];
    for (const t of [...other, ...german].sort((a, b) => a.id - b.id)) {
      let i = 0;
      for (const p of t.posts) {
        const text = htmlToText(p.html);
        if (!text) continue;
        out.push({ page: String(t.id), i: i++, text, author: p.author, staff: STAFF.has(p.author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
