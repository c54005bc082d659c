// haskell-jp Slack, second set: more whole threads of the two question channels (#questions, #beginners) of the
// Japanese Haskell user group's Slack, from the same public log archive as the first set
// (scripts/sources/haskelljp-slack.ts, whose header describes the source, the text conversion and the staff rule).
// Text conversion (messageText), the channel list and the staff ids are imported from there; the thread collection
// below is a copy of the first reader's (it lives inside its read()).
//
// Page rule (fixed, deterministic): the first set's eligible threads (every thread file
// docs/json/<C5666B6BB|CR2TETE5R>/<page>/<ts>.json whose first message is the opener (its ts equals the file name)
// and which holds 3-30 messages; one file per (channel, ts), the path that sorts first; sorted by the opener's ts
// numerically, both channels together), but keep every 5th one starting with the 2nd (0-based index % 5 === 1; the
// first set keeps index % 5 === 4, so the two sets share no thread). i = position in the thread counting only
// non-empty messages (opener i = 0); page = "<channel name>-<thread ts>".
// Staff (same rule as the first set): the members of Haskell-jp Admins.
import first, { CHANNELS, STAFF, messageText, type Message } from './haskelljp-slack';
import type { CommentSource, SourceComment } from './source';

export default {
  id: 'haskelljp-slack-2',
  repo: first.repo,
  commit: first.commit,
  read(files) {
    const users = JSON.parse(files.read('docs/json/.users.json')) as Record<string, string>;
    const threads = new Map<string, { channel: string; ts: string; messages: Message[] }>();
    for (const [cid, channel] of Object.entries(CHANNELS)) {
      for (const path of files.list(`docs/json/${cid}/`)) {
        const m = /^docs\/json\/\w+\/\d+\/(\d+\.\d+)\.json$/.exec(path);
        if (!m) continue;
        const key = `${channel}-${m[1]}`;
        if (threads.has(key)) continue;
        const messages = JSON.parse(files.read(path)) as Message[];
        if (messages.length < 3 || messages.length > 30 || messages[0]?.ts !== m[1]) continue;
        threads.set(key, { channel, ts: m[1], messages });
      }
    }
    const sorted = [...threads.entries()].sort((a, b) => Number(a[1].ts) - Number(b[1].ts) || (a[0] < b[0] ? -1 : 1));
    const out: SourceComment[] = [];
    sorted
      .filter((_t, k) => k % 5 === 1)
      .forEach(([page, { messages }]) => {
        let i = 0;
        for (const msg of messages) {
          const text = messageText(msg.text ?? '', users);
          if (!text) continue;
          const author = (msg.user && users[msg.user]) || msg.user;
          out.push({ page, i: i++, text, author, staff: msg.user !== undefined && STAFF.has(msg.user) });
        }
      });
    return out;
  },
} satisfies CommentSource;
