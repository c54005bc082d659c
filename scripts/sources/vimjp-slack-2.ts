// vim-jp Slack, second set: conversations of #random that happened outside threads, from the same published log
// (vim-jp/vim-jp.github.io, branch update-slack-logs, same pinned commit) as the first set
// (scripts/sources/vimjp-slack.ts, whose header describes the source, the HTML, the text conversion and the staff
// rule). The message parsing (message, childByClass) and the staff list (STAFF) are the first reader's, imported;
// only the choice of pages is this reader's. The first set takes threads (an opener with its replies); the log holds
// few of them and many more plain channel messages, which are what this set reads.
//
// Page rule (fixed, deterministic): every top-level message (<span class='slacklog-message'> whose id is a bare ts) of
// the files slacklog/random/<YYYY>/<MM>/index.html at the pinned commit, sorted by ts, is cut into conversations
// wherever more than 20 minutes pass between two consecutive top-level messages. A conversation is left out whole when
// any of its messages opened a thread (holds a slacklog-thread block) or is a thread reply also sent to the channel
// (its ts appears somewhere as id 'thread-<ts>'): so no message of this set is in the first set, whose pages are
// threads. Of the remaining conversations, those with 3-30 non-empty messages, sorted by their first ts, are kept at
// even positions (0, 2, 4, ...). A page is one conversation, its messages in ts order (empty texts skipped); page key
// "random-chat-<first ts>", e.g. "random-chat-1583700000.000000". #general is not used (8 messages in all).
import { parseHTML } from 'linkedom';
import first, { childByClass, message, STAFF } from './vimjp-slack';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const GAP_SECONDS = 20 * 60;

export default {
  id: 'vimjp-slack-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const msgs: { id: string; ts: number; author: string; text: string; threadish: boolean }[] = [];
    const replies = new Set<string>();
    const tops: { id: string; el: any }[] = [];
    for (const path of files.list('slacklog/random/')) {
      if (!/^slacklog\/random\/\d{4}\/\d{2}\/index\.html$/.test(path)) continue;
      const { document } = parseHTML(`<html><body>${files.read(path)}</body></html>`);
      for (const el of document.querySelectorAll('span.slacklog-message')) {
        const id = String(el.getAttribute('id') ?? '');
        if (id.startsWith('thread-')) replies.add(id.slice('thread-'.length));
        else if (/^\d+\.\d+$/.test(id)) tops.push({ id, el });
      }
    }
    for (const { id, el } of tops) msgs.push({ id, ts: Number(id), ...message(el), threadish: Boolean(childByClass(el, 'slacklog-thread')) });
    for (const m of msgs) if (replies.has(m.id)) m.threadish = true;
    msgs.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
    const convs: (typeof msgs)[] = [];
    for (const m of msgs) {
      const cur = convs[convs.length - 1];
      if (cur && m.ts - cur[cur.length - 1].ts <= GAP_SECONDS) cur.push(m);
      else convs.push([m]);
    }
    const eligible = convs
      .filter((c) => !c.some((m) => m.threadish))
      .map((c) => c.filter((m) => m.text))
      .filter((c) => c.length >= 3 && c.length <= 30);
    const out: SourceComment[] = [];
    eligible.forEach((c, k) => {
      if (k % 2 !== 0) return;
      const page = `random-chat-${c[0].id}`;
      c.forEach(({ author, text }, i) => out.push({ page, i, text, author, staff: STAFF.has(author) }));
    });
    return out;
  },
} satisfies CommentSource;
