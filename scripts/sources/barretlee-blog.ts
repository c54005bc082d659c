// barretlee.com (earlier hi.barretlee.com, barret.cc and his cnblogs.com/hustskyking column), the simplified-Chinese
// personal blog of Barret Lee (小胡子哥), a front-end engineer at Taobao/Alibaba, 2013-2017: front-end and JavaScript
// articles, HTTPS/certificates, tools, life notes, a guestbook ("message"), a job-opening page ("recruitment") and an
// "entry" page; commenters are readers, colleagues and friends. Read from the Duoshuo (多说) export data/export.json
// that he committed to his tool repository barretlee/duoshuo-migrate-to-disqus (commit 92d8f2e, "v2"; later commits
// keep the file).
//
// The export is read by duoshuo.ts. A page is the thread's URL path: for the blog's own
// hosts (barretlee.com, www., hi., barret.cc) the path without "index.html" and slashes ("blog/2016/08/03/shadowsocks",
// "message", "home" for "/"); snippets.barretlee.com -> "snippets/<path>"; cnblogs.com -> "cnblogs/<path>"; other hosts
// -> "other:<host>/<path>". Threads sharing a key are one page. Messages are plain text as Duoshuo showed them (it
// escaped HTML: "<script>" in a comment is text); \r\n -> \n, trailing spaces dropped, trimmed, and the marker
// "/_p<N>_t<N>" that the blog's per-paragraph comment widget appended (the paragraph the comment belongs to) removed.
// Duoshuo replies do not quote the parent, so nothing is quoted. Left out: empty messages, a post whose thread is
// missing, and link-drop advertisements (SPAM_AUTHORS below: authors named after a site they promote, whose bodies are
// stock lines such as "网站不错很漂亮，欢迎互访！", a copy of another comment, or an advertisement for a rival comment
// service).
//
// Rule of choice (fixed): sort the page keys (code-unit order), keep every second one (index % 2 === 0, from the first),
// and of each its first 5 kept comments in chronological order (created_at, then file order).
// staff = written by the blog's owner: Duoshuo author_id 2300830 (names "小胡子哥" / "Barret Lee",
// barret.china@gmail.com).
import { messageText, parseDuoshuo, postsByPage, threadUrl } from './duoshuo';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER_IDS = new Set(['2300830']);
const SPAM_AUTHORS = new Set(['爱奇趣分享网', '玩赚乐', '励志吧', '内涵笑话', '内涵段子', '笑话大全', '来必力LiveRe', '开心赚（kaixinzhuan)']);
const EVERY = 2;
const PER_PAGE = 5;

function pageKey(url: string | undefined): string | null {
  const u = threadUrl(url);
  if (!u) return null;
  const host = u.host.replace(/^www\./, '');
  const path = u.pathname.replace(/index\.html$/, '').replace(/^\/+|\/+$/g, '');
  if (/^(barretlee\.com|hi\.barretlee\.com|barret\.cc|barret:4000)$/.test(host)) return path || 'home';
  if (host === 'snippets.barretlee.com') return path ? `snippets/${path}` : 'snippets';
  if (/(^|\.)cnblogs\.com$/.test(host)) return `cnblogs/${path}`;
  return `other:${host}/${path}`;
}

export default {
  id: 'barretlee-blog',
  repo: 'barretlee/duoshuo-migrate-to-disqus',
  commit: '92d8f2e642e1c2ae2a99fbcf0728fef724afef84',
  read(files: RepositoryFiles): SourceComment[] {
    const data = parseDuoshuo(files.read('data/export.json'));
    const threads = new Map(data.threads.map((t) => [t.thread_id, t]));
    const out: SourceComment[] = [];
    postsByPage(data.posts, (post) => pageKey(threads.get(post.thread_id)?.url)).forEach(([page, posts], index) => {
      if (index % EVERY !== 0) return;
      let i = 0;
      for (const post of posts) {
        if (i >= PER_PAGE) break;
        const author = String(post.author_name ?? '').trim();
        if (SPAM_AUTHORS.has(author)) continue;
        const text = messageText(post).replace(/\s*\/_p\d+_t\d+$/, '').trim();
        if (!text) continue;
        out.push({ page, i: i++, text, author, staff: OWNER_IDS.has(post.author_id) });
      }
    });
    return out;
  },
} satisfies CommentSource;
