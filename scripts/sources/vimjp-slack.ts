// vim-jp Slack (vim-jp.slack.com, the Japanese Vim community's workspace): the first public log of it, which vim-jp
// published on its own site, the repository vim-jp/vim-jp.github.io, branch update-slack-logs (a generator written by
// tyru, scripts/update_slack_logs/, rendered the Slack export into slacklog/<channel>/<YYYY>/<MM>/index.html, one
// Jekyll page per channel and month, 2020-03 to 2020-04-12; only #random and #general were published). The later,
// much larger log (thinca/slacklog, vim-jp/slacklog) is several GB and cannot be mirrored here, so this early one is
// used instead. In spring 2020 vim-jp's #random was the workspace's main room: Vim/Neovim questions, plugin trouble,
// bug reports and chat, all in one channel.
//
// HTML: each message is <span class='slacklog-message' id='<ts>'> with <span class='slacklog-name'>, a date link and
// <span class='slacklog-text'> (Slack mrkdwn already turned into HTML: <br>, <pre>, <code>, <del>, <a>; emoji codes such
// as :bow: stay as typed). A message that opened a thread holds <details class='slacklog-thread'> with the replies
// (<span class='slacklog-message' id='thread-<ts>'>, a reply also sent to the channel wrapped in
// slacklog-message-broadcasted). Link previews (slacklog-attachments) are not part of a message's text and are dropped.
//
// Page rule (fixed, deterministic): every thread (an opening message with a slacklog-thread block) of every file
// slacklog/<channel>/<YYYY>/<MM>/index.html at the pinned commit, whose opener plus replies give 2-30 non-empty
// messages; sorted by the opener's ts. A page is one thread: i=0 the opener, then the replies in their order on the
// page (a copy of the opener that the generator sometimes repeats among them, id 'thread-<opener ts>', is left out).
// Page key: "<channel>-<opener ts>", e.g. "random-1583688557.254500".
//
// Text: the slacklog-text element as plain text (htmlToText: <br> -> line break, <pre> kept as typed on its own lines,
// entities decoded, tags dropped). Empty texts are skipped.
//
// Staff (vim-jp's organisers and Vim maintainers, as far as can be told from vim-jp's pages): KoRoN (MURAOKA Taro,
// who founded vim-jp and KaoriYa Vim), thinca (vim-jp core member, runs vim-jp's site, reading-vimrc and the later
// slacklog), mattn (vim-jp core member, long-time Vim patch contributor), tyru (vim-jp core member, wrote this log's
// generator and vim-jp's Slack tooling) and Ken Takata (k-takata, Vim maintainer for Windows, vim-jp member). Everyone
// else, frequent answerers included, is not staff.
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const STAFF = new Set(['KoRoN', 'thinca', 'mattn', 'tyru', 'Ken Takata']);

export function childByClass(el: any, cls: string): any {
  for (const c of el.children) if (String(c.getAttribute?.('class') ?? '').split(/\s+/).includes(cls)) return c;
  return undefined;
}

export function message(el: any): { author: string; text: string } {
  const name = childByClass(el, 'slacklog-name');
  const body = childByClass(el, 'slacklog-text');
  return {
    author: String(name?.textContent ?? '').trim(),
    text: body ? htmlToText(body.innerHTML, { keepWhitespaceIn: ['PRE'] }) : '',
  };
}

export default {
  id: 'vimjp-slack',
  repo: 'vim-jp/vim-jp.github.io',
  commit: '4d3b597a9cc6e6d0d0ec04a3e2408ea89daf7223',
  read(files: RepositoryFiles): SourceComment[] {
    const threads: { page: string; ts: number; msgs: { author: string; text: string }[] }[] = [];
    for (const path of files.list('slacklog/')) {
      const m = /^slacklog\/([^/]+)\/\d{4}\/\d{2}\/index\.html$/.exec(path);
      if (!m) continue;
      const { document } = parseHTML(`<html><body>${files.read(path)}</body></html>`);
      for (const el of document.querySelectorAll('span.slacklog-message')) {
        const id = String(el.getAttribute('id') ?? '');
        if (!/^\d+\.\d+$/.test(id)) continue;
        const details = childByClass(el, 'slacklog-thread');
        if (!details) continue;
        const msgs = [message(el)];
        for (const r of details.querySelectorAll('span.slacklog-message')) {
          // The generator sometimes repeats the opener inside its own thread (id 'thread-<opener ts>'): not a reply.
          if (r.getAttribute('id') !== `thread-${id}`) msgs.push(message(r));
        }
        const kept = msgs.filter((x) => x.text);
        if (kept.length < 2 || kept.length > 30) continue;
        threads.push({ page: `${m[1]}-${id}`, ts: Number(id), msgs: kept });
      }
    }
    threads.sort((a, b) => a.ts - b.ts || (a.page < b.page ? -1 : 1));
    const out: SourceComment[] = [];
    for (const t of threads) t.msgs.forEach(({ author, text }, i) => out.push({ page: t.page, i, text, author, staff: STAFF.has(author) }));
    return out;
  },
} satisfies CommentSource;
