// coande.github.io, later e12e.com: the simplified-Chinese personal tech blog of Coande (光宏, a student/developer in
// Guangdong), 2015-2017: his tools (an imooc.com course-video batch downloader in Java, an online imooc video parser,
// LandLeg - a 天翼校园 campus-broadband login client for Java and Android), Hexo blogging, small web/Linux notes, an
// "about me" page and a few life posts. Read from the Duoshuo (多说) export data/duoshuo-raw.json that he committed to
// his converter repository Coande/duoshuo-to-valine (commit 5a605e1, "添加 lost 纠正后的文件").
//
// The export has the same shape as barretlee-blog's (types imported from there): {"generator":"duoshuo","threads":
// [...],"posts":[...]} with 19-digit ids, read as strings before JSON.parse. 7 posts name a thread missing from the
// export; the repository's own correction data/duoshuo-lost-correct.json gives their right thread_id (found by
// post_id), and a post still without a thread is left out. A page is the thread URL's path, percent-decoded, without
// "index.html" and outer slashes (both hosts coande.github.io and e12e.com are the same blog, so the host is dropped;
// s2.e12e.com's root -> "s2"); threads sharing a key are one page. Messages are plain text as Duoshuo showed them
// (no HTML in this export; smileys are the bracket codes "[嘻嘻]" that Duoshuo showed as images, kept as text):
// \r\n -> \n, trailing spaces dropped, trimmed. Duoshuo replies do not quote the parent, so nothing is quoted.
// Left out: empty messages and link-drop advertisements (SPAM_AUTHORS: authors named after a site or shop they
// promote, with stock lines such as "写的不错哈，支持一下  欢迎回访:..."; a U-disk tool advertisement; an unrelated
// copied joke).
//
// Rule of choice (fixed): every page, every kept comment, in chronological order (created_at, then file order).
// staff = written by the blog's owner: Duoshuo author_id 10819948, or the name "Coande" (one early comment he posted
// without logging in).
import type { Post, Thread } from './barretlee-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER_IDS = new Set(['10819948']);
const OWNER_NAME = 'Coande';
const SPAM_AUTHORS = new Set([
  '小易分享网',
  'www.3gwb.com',
  '男孩资源网(www.bittyboy.com)',
  'VIP灵儿网',
  'www.vipquanwang.com',
  'http://vipquanwang.com/',
  'www.qhdown.cn',
  'www.tmcore.com',
  'www.huotaoba.com',
  '整形医生',
  '整形美容医院推荐',
  '35535',
  '程序人生',
]);

const quoteIds = (raw: string) => raw.replace(/"(thread_id|post_id|author_id|site_id)":\s*(\d+)/g, '"$1":"$2"');

function pageKey(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep as is */
  }
  path = path.replace(/index\.html$/, '').replace(/^\/+|\/+$/g, '');
  if (u.host === 's2.e12e.com') return path ? `s2/${path}` : 's2';
  return path || 'home';
}

export default {
  id: 'coande-blog',
  repo: 'Coande/duoshuo-to-valine',
  commit: '5a605e1a999c95695df2354373cd65c7c600ddfc',
  read(files: RepositoryFiles): SourceComment[] {
    const data = JSON.parse(quoteIds(files.read('data/duoshuo-raw.json'))) as { threads: Thread[]; posts: Post[] };
    const lost = JSON.parse(quoteIds(files.read('data/duoshuo-lost-correct.json'))) as { posts: Post[] };
    const corrected = new Map(lost.posts.map((p) => [p.post_id, p.thread_id]));
    const threads = new Map(data.threads.map((t) => [t.thread_id, t]));
    const pages = new Map<string, { at: string; order: number; post: Post }[]>();
    data.posts.forEach((post, order) => {
      let thread = threads.get(post.thread_id);
      if (!thread && corrected.has(post.post_id)) thread = threads.get(corrected.get(post.post_id)!);
      const key = pageKey(thread?.url);
      if (key === null) return;
      if (!pages.has(key)) pages.set(key, []);
      pages.get(key)!.push({ at: post.created_at, order, post });
    });
    const keys = [...pages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out: SourceComment[] = [];
    for (const page of keys) {
      const comments = pages.get(page)!.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
      let i = 0;
      for (const { post } of comments) {
        const author = String(post.author_name ?? '').trim();
        if (SPAM_AUTHORS.has(author)) continue;
        const text = String(post.message ?? '')
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .map((l) => l.replace(/\s+$/, ''))
          .join('\n')
          .trim();
        if (!text) continue;
        out.push({ page, i: i++, text, author, staff: OWNER_IDS.has(post.author_id) || author === OWNER_NAME });
      }
    }
    return out;
  },
} satisfies CommentSource;
