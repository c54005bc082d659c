// tanglei.name, a simplified-Chinese personal blog of Tang Lei (tl3shi), 2010-2016: student life at Central South
// University and Tsinghua, internships at Tencent, volunteer teaching, travel notes, programming tips (Android, Python,
// PHP, OpenGL) and a few small tools of his; commenters are classmates, friends and readers. Read from the Disqus
// export (disqus.xml, forum "hexo-tanglei") that he committed to his tool repository tl3shi/disqus-migrate-to-duoshuo.
//
// The export holds the comments twice where the blog moved from WordPress (/<slug>/, ?p=N) to Hexo (/blog/<slug>.html):
// both threads carry the same comment with the same <id>wp_id=N</id>. So a page is the post's slug (from the thread's
// link: /blog/<slug>.html or /<slug>/; "about" and "aboutme" are both the About page), and a page's comments are
// deduplicated by their wp_id (comments made on Disqus itself have none: by date, author and message), the first in
// file order kept. Deleted comments (isDeleted true) are left out, and so are comments that are empty once turned
// into text, and advertisements (SPAM_AUTHORS below; also authors whose name is a web address); the export itself marks
// none as spam.
//
// Rule of choice (fixed): sort the pages by the date of their first comment (then slug), keep every third one
// (index % 3 === 0, from the first), and of each its first 10 kept comments in chronological order (createdAt, then the
// order in the file). staff = written by the blog's owner: author e-mail admin@tanglei.name, i@tanglei.me,
// 410454274@qq.com, admin@i3zhai.com or tanglei3shi@163.com, or author name "tanglei" / "tl3shi".
import { htmlToText, displayName } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OWNER_EMAILS = new Set(['admin@tanglei.name', 'i@tanglei.me', '410454274@qq.com', 'admin@i3zhai.com', 'tanglei3shi@163.com']);
const OWNER_NAMES = new Set(['tanglei', 'tl3shi']);
// Advertisements left in as approved comments: authors named after a business or keyword (schools selling degrees,
// SEO, wedding photos, futures, a hosting firm, plastic moulds, shoes, gambling, link farms), whose bodies are stock
// lines or link drops.
const SPAM_AUTHORS = new Set([
  '中央财经大学在职研究生', '华师大在职', 'seo培训', '新疆SEO', '自贡SEO', '婚纱摄影', '在线教育', '卡丝代理',
  'galaxy siii leather case', 'maillot trek',
  '蓬勃主机', '十字绣图案大全', '武汉期货', '仧尐', '歪妖内涵网', '绿化苗木', '大米网', 'maillot saxo bank', '美国骆驼',
  'plastic mould', 'hostgator', 'ixwebhosting', '博彩仙',
]);
const EVERY = 3;
const PER_PAGE = 10;

const field = (body: string, tag: string): string => {
  const m = body.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  return m ? m[1] : '';
};
const cdata = (s: string) => s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');

function slugOf(link: string): string {
  const path = new URL(link.replace(/&amp;/g, '&')).pathname;
  const m = path.match(/^\/blog\/(.+)\.html$/);
  const slug = m ? m[1] : path.replace(/^\/+|\/+$/g, '');
  return slug === 'aboutme' ? 'about' : slug;
}

interface Raw {
  key: string;
  at: string;
  order: number;
  html: string;
  name: string;
  email: string;
}

export default {
  id: 'tanglei-blog',
  repo: 'tl3shi/disqus-migrate-to-duoshuo',
  commit: '85e1066b57e3592ea85e847cb42c9c167bdfee29',
  read(files: RepositoryFiles): SourceComment[] {
    const xml = files.read('disqus.xml');
    const links = new Map<string, string>();
    for (const m of xml.matchAll(/<thread dsq:id="(\d+)">([\s\S]*?)<\/thread>/g)) links.set(m[1], field(m[2], 'link'));
    const pages = new Map<string, Map<string, Raw>>();
    let order = 0;
    for (const m of xml.matchAll(/<post dsq:id="(\d+)">([\s\S]*?)<\/post>/g)) {
      const body = m[2];
      order++;
      if (field(body, 'isDeleted') === 'true' || field(body, 'isSpam') === 'true') continue;
      const thread = body.match(/<thread dsq:id="(\d+)"/)![1];
      const page = slugOf(links.get(thread)!);
      const html = cdata(field(body, 'message'));
      const at = field(body, 'createdAt');
      const author = field(body, 'author');
      const name = field(author, 'name');
      const key = field(body, 'id') || `${at}\u0000${name}\u0000${html}`;
      if (!pages.has(page)) pages.set(page, new Map());
      const comments = pages.get(page)!;
      if (!comments.has(key)) comments.set(key, { key, at, order, html, name, email: field(author, 'email').trim().toLowerCase() });
    }
    const sorted = [...pages.entries()]
      .map(([page, comments]) => ({
        page,
        comments: [...comments.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order)),
      }))
      .sort((a, b) => (a.comments[0].at < b.comments[0].at ? -1 : a.comments[0].at > b.comments[0].at ? 1 : a.page < b.page ? -1 : 1));
    const out: SourceComment[] = [];
    sorted.forEach(({ page, comments }, index) => {
      if (index % EVERY !== 0) return;
      let i = 0;
      for (const c of comments) {
        if (i >= PER_PAGE) break;
        const text = htmlToText(c.html);
        if (!text) continue;
        const author = displayName(c.name);
        if (SPAM_AUTHORS.has(author) || /^https?:\/\//.test(author)) continue;
        out.push({ page, i: i++, text, author, staff: OWNER_EMAILS.has(c.email) || OWNER_NAMES.has(author) });
      }
    });
    return out;
  },
} satisfies CommentSource;
