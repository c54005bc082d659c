// politepix.com/forums: the bbPress support forums of Politepix, the company of Halle Winkler that makes OpenEars (an
// offline speech recognition and text-to-speech SDK for iOS) and its paid plugins (RapidEars, Rejecto, SaveThatWave,
// NeatSpeech, RuleORama), 2010-2023 (mostly 2012-2016), English. Users ask for help with the SDK and
// report problems; Halle Winkler answers nearly every thread. Source: Halle/Politepix, a static HTML mirror of the
// whole politepix.com WordPress site: each forum topic is `forums/topic/<slug>/index.html`, bbPress's topic page with
// every post of the topic on one page (no topic in the mirror is paginated: its "Viewing N posts - 1 through N (of N
// total)" line always covers all posts). Inside `li.bbp-body`, each post is a `div.bbp-reply-header` (date, #id)
// followed by a div whose class holds `loop-item-<n>`, with `.bbp-reply-author` (`.bbp-author-name`, and
// `.bbp-author-role`, the bbPress forum role shown under the name) and `.bbp-reply-content` (the post's HTML). The
// opening post is loop-item-0. Profiles, forum indexes and feeds are not read.
//
// PAGE RULE (fixed, deterministic, blind to content): take every `forums/topic/<slug>/index.html`; keep the topics with
// 3 or more posts (the opening post and 2 or more replies) after dropping posts whose text comes out empty; sort them
// by slug (code-unit order) and keep every 14th one starting with the first (indices 0, 14, 28, ...). Of each kept
// topic, the first 20 posts in page order (the opening post is i = 0). page = the topic slug.
//
// TEXT: the post's HTML to plain text (htmlToText: <br> and blocks -> line breaks, <blockquote> lines prefixed "> ",
// <img> -> its alt, entities decoded once, tags dropped; <pre> keeps its own spaces and line breaks). bbPress's
// revision log ("This reply was modified N years ago by X.", `ul.bbp-reply-revision-log` /
// `ul.bbp-topic-revision-log`), added by the forum software under an edited post, is dropped. There are no pingbacks.
//
// STAFF: the role bbPress prints under the author's name. "Politepix" is the forum's keymaster role (the site owner's
// team: in practice Halle Winkler, who answers as "Halle Winkler"); "Participant" (and the odd "Inactive") are users.
// staff = the role is "Politepix".
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const TOPIC = /^forums\/topic\/([^/]+)\/index\.html$/;
const STAFF_ROLE = 'Politepix';
const STEP = 14;
const MAX_POSTS = 20;

interface Post {
  author: string;
  role: string;
  text: string;
}

const toText = (html: string) => htmlToText(html, { keepWhitespaceIn: ['PRE'] });

/** The posts of a topic page, in page order, those whose text comes out empty left out. */
export function parseTopic(html: string): Post[] {
  const { document } = parseHTML(html);
  const posts: Post[] = [];
  for (const body of [...document.querySelectorAll('li.bbp-body')] as any[]) {
    for (const item of [...body.children] as any[]) {
      if (!/(^|\s)loop-item-\d+(\s|$)/.test(String(item.getAttribute('class') ?? ''))) continue;
      const content = item.querySelector('.bbp-reply-content');
      if (!content) continue;
      for (const log of [...content.querySelectorAll('ul.bbp-reply-revision-log, ul.bbp-topic-revision-log')] as any[]) log.remove();
      const text = toText(String(content.innerHTML));
      if (!text) continue;
      const author = String(item.querySelector('.bbp-reply-author .bbp-author-name')?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      const role = String(item.querySelector('.bbp-reply-author .bbp-author-role')?.textContent ?? '').trim();
      posts.push({ author, role, text });
    }
  }
  return posts;
}

export default {
  id: 'politepix-forum',
  repo: 'Halle/Politepix',
  commit: 'fd34deebe7b6f4d7777f09b10010c3daa7adc387',
  read(files: RepositoryFiles): SourceComment[] {
    const topics = files
      .list('forums/topic/')
      .map((path) => path.match(TOPIC)?.[1])
      .filter((slug): slug is string => slug != null)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((slug) => ({ slug, posts: parseTopic(files.read(`forums/topic/${slug}/index.html`)) }))
      .filter((t) => t.posts.length >= 3)
      .filter((_t, k) => k % STEP === 0);
    const out: SourceComment[] = [];
    for (const t of topics) {
      t.posts.slice(0, MAX_POSTS).forEach((p, i) => {
        out.push({ page: t.slug, i, text: p.text, author: p.author, staff: p.role === STAFF_ROLE });
      });
    }
    return out;
  },
} satisfies CommentSource;
