// coande.github.io, later e12e.com: the simplified-Chinese personal tech blog of Coande (光宏, a student/developer in
// Guangdong), 2015-2017: his tools (an imooc.com course-video batch downloader in Java, an online imooc video parser,
// LandLeg - a 天翼校园 campus-broadband login client for Java and Android), Hexo blogging, small web/Linux notes, an
// "about me" page and a few life posts. Read from the Duoshuo (多说) export data/duoshuo-raw.json that he committed to
// his converter repository Coande/duoshuo-to-valine (commit 5a605e1, "添加 lost 纠正后的文件").
//
// The export has the same shape as barretlee-blog's and is read by duoshuo.ts. 7 posts name a thread missing from the
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
import { messageText, parseDuoshuo, postsByPage, threadUrl, type Post } from './duoshuo';
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

function pageKey(url: string | undefined): string | null {
  const u = threadUrl(url);
  if (!u) return null;
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
    const data = parseDuoshuo(files.read('data/duoshuo-raw.json'));
    const lost = parseDuoshuo<{ posts: Post[] }>(files.read('data/duoshuo-lost-correct.json'));
    const corrected = new Map(lost.posts.map((p) => [p.post_id, p.thread_id]));
    const threads = new Map(data.threads.map((t) => [t.thread_id, t]));
    const threadOf = (post: Post) => threads.get(post.thread_id) ?? threads.get(corrected.get(post.post_id) ?? '');
    const out: SourceComment[] = [];
    for (const [page, posts] of postsByPage(data.posts, (post) => pageKey(threadOf(post)?.url))) {
      let i = 0;
      for (const post of posts) {
        const author = String(post.author_name ?? '').trim();
        if (SPAM_AUTHORS.has(author)) continue;
        const text = messageText(post);
        if (!text) continue;
        out.push({ page, i: i++, text, author, staff: OWNER_IDS.has(post.author_id) || author === OWNER_NAME });
      }
    }
    return out;
  },
} satisfies CommentSource;
