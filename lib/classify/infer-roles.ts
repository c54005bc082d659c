// Who answers for the site, and which comment opens a forum topic, worked out from authors (and, where given, the
// texts' first words), for comments that arrive without roles: a file of comments with their authors and threads
// (`npm run classify`), where no page said who is staff. The scan knows better: the extractors read staff badges, the
// article's author and the opening post from the page, and the user names staff accounts.
//
// Four patterns from counting, chosen on the development sets (92 sets, 31,463 comments, each with its labelled roles)
// and measured once on the 44 sets kept unseen:
// - The site's author: someone who comments on many of its threads (at least two, and at least 30% of them), the most
//   of anyone there. A blog's author answers under each post; a project's maintainer under each issue. A file may hold
//   several sites: a site here is the threads someone comments on and those that share a commenter with them.
// - A thread's answerer: on a thread where no site author comments, whoever comments most (at least twice, more than
//   anyone else), not counting the thread's first comment's author. On a forum the opener comments most, in reply to
//   those who help; counting the opener as an answerer cost more than the pattern gained. Where threads share
//   commenters (with two others or more), only someone who also writes on another of them: the busiest of a thread's
//   own guests is a reader (session 32: answerers found 80.4% -> 82.3% right, 74.4% -> 74.3% of those there;
//   cross-validated by source 0.8438 -> 0.8441, sets kept unseen 0.8434 -> 0.8440).
// - A thread's opening post: its first comment, when its author writes again further down (a forum's opener replies
//   to those who help; a blog's first commenter seldom does) and does not answer for the site. The opener's later
//   comments count as staff of the thread, as the scan marks them. Where many threads around a thread open so (a forum,
//   a list, an issue tracker), every thread's first comment opens it.
// - Where the comments' texts are given, a reply that opens by naming the writer of the comment before it, on a
//   thread where none of the above answers (see repliesByName): most answerers missed on a page read alone write once
//   there (session 34).
// Two from names (session 35): a commenter the thread's key names, as a key holding the site's name names a blog's
// owner (see ownersNamedByThreadKey), and a site's own account ("admin"; see SITE_ACCOUNT) answer for the site.
// Before session 34: answerers found this way on the development sets: 82% of them are answerers by the sets' roles,
// and they are 74% of those; opening posts: 83% and 76%.
// Macro-F1 on the 44 sets then kept unseen (session 29; the current figures are in the README's Status): text alone
// 0.822, with these answerers and opening posts 0.844; with the labelled roles 0.850. With the sets' answerers in
// place of these (the other roles still worked out), 0.850 as well: the answerers are the whole gap. Each page taken
// on its own (no thread to compare with), 0.836.
// Session 34, replies by name (chosen on the development sets, where of five ways to spot an answerer from names in the
// texts it alone helped: pages read alone 0.8986 -> 0.9001, whole files 0.9039 -> 0.9044): on the sets kept unseen,
// pages read alone 0.8379 -> 0.8434, whole files 0.8456 -> 0.8470; with the sets' own answerers 0.852.
// Cross-validated by source (npm run cross-validate -- --roles=pages, or authors): 0.8390 -> 0.8407, 0.8478 -> 0.8482.

/** One comment as the inference needs it: its thread (any key) and author; either may be missing. */
export interface AuthoredComment {
  thread?: string;
  author?: string;
  /** Its place in the thread (the fixture format's `i`): the lowest opens it. Without it, the order given counts. */
  position?: number;
  /** Its text, where known: a reply that names the comment before it may answer for the site (see repliesByName). */
  text?: string;
}

/**
 * Names that stand for no one in particular (Blogger's "Anónimo", a forum's guests): shared by many writers, they
 * neither answer for a site nor join its threads.
 */
const ANONYMOUS = /^(?:anonym(?:e|ous|ous coward)?|an[oó]nim[oa]?|anonim|anoniem|guest|gast|invit[ée]|unknown|unregistered|\[?deleted\]?|ẩn danh|匿名|名無し(?:さん)?|익명)$/i;

/**
 * Names that say the writer runs the site: WordPress shows its default account as "admin" when the blog's owner
 * replies, and a forum's or list's own account signs as its administrator or moderator. They answer wherever they write.
 */
const SITE_ACCOUNT = /^(?:(?:site |blog |forum )?(?:admin|administrator|administrador[a]?|administrateur|amministratore|moderator|moderador|modérateur|webmaster)|管理员|管理者|管理人|站长|站長|博主|版主|관리자|운영자)$/i;

/** Whether a name is a site's own account (see SITE_ACCOUNT), however its accents and spaces are typed. */
const isSiteAccount = (author: string) => SITE_ACCOUNT.test(author.normalize('NFC').replace(/\s+/g, ' '));

/** The share of a site's threads its author comments on at least. */
const SITE_AUTHOR_THREAD_SHARE = 0.3;
/**
 * Where at least this share of the threads around a thread (those sharing a commenter with it, of two comments or
 * more) opens with a post found by its writer writing again, the site is a forum, a list or an issue tracker: there
 * the thread's first comment opens it too. Over the 136 labelled sets, 64 of the 68 without opening posts (blogs, a
 * chat's days) have a share under 0.4 (the others 0.44 to 0.78), and 57 of the 68 with them 0.4 or more (the others,
 * lists and trackers, 0.11 to 0.39). Cross-validated by source: 0.8400 -> 0.8425 (the share over whole sites joined
 * through their commenters 0.8429, but one common name then joins a blog to a forum); opening posts found 58% -> 76%,
 * right 82% -> 83%.
 */
const FORUM_OPENERS_SHARE = 0.4;
/** Threads of two comments or more the share needs to count. */
const FORUM_FROM_THREADS = 3;
/** Comments on one thread from which its most frequent commenter counts as answering there. */
const THREAD_ANSWERER_FROM = 2;

/** The roles of CommentContext a comment was found to have. */
export interface InferredRoles {
  staff: boolean;
  answerer: boolean;
  opensThread: boolean;
}

/** A comment's thread key ('' when it has none) and its author's name (none when missing or anonymous). */
interface Named {
  thread: string;
  author?: string;
}

interface Thread {
  /** Index of its first comment. */
  first: number;
  /** That comment's author. */
  opener?: string;
  /** Comments per author. */
  counts: Map<string, number>;
  /** Comments in all, anonymous ones too. */
  comments: number;
}

/**
 * For each comment, the roles the patterns above give it. Comments without an author have none; comments without a
 * thread key belong to one unnamed thread.
 */
export function inferRoles(comments: readonly AuthoredComment[]): InferredRoles[] {
  const named: Named[] = comments.map(({ thread = '', author }) => ({ thread, author: author?.trim() && !ANONYMOUS.test(author.trim()) ? author.trim() : undefined }));
  const threads = new Map<string, Thread>();
  const threadsOf = new Map<string, Set<string>>();
  named.forEach(({ thread, author }, k) => {
    let entry = threads.get(thread);
    if (!entry) threads.set(thread, (entry = { first: k, opener: author, counts: new Map(), comments: 0 }));
    else if (isBefore(comments[k].position, comments[entry.first].position)) {
      entry.first = k;
      entry.opener = author;
    }
    entry.comments++;
    if (!author) return;
    entry.counts.set(author, (entry.counts.get(author) ?? 0) + 1);
    let own = threadsOf.get(author);
    if (!own) threadsOf.set(author, (own = new Set()));
    own.add(thread);
  });

  const neighboursOf = neighbourFinder(threads, threadsOf);
  const siteAuthors = findSiteAuthors(threads, threadsOf, neighboursOf);
  const ownerOf = ownersNamedByThreadKey(threads);
  // Each writer's name is read once: `answers` below runs for every comment.
  const siteAccounts = new Set([...threadsOf.keys()].filter(isSiteAccount));
  const threadAnswerer = new Map<string, string>();
  for (const [key, { opener, counts }] of threads) {
    // Where the site's author comments, they answer there: the thread's next busiest commenter is a reader.
    if (ownerOf.has(key) || [...counts.keys()].some((author) => siteAuthors.has(author) || siteAccounts.has(author))) continue;
    const top = uniqueTop([...counts].filter(([author, count]) => author !== opener && count >= THREAD_ANSWERER_FROM));
    // Among threads that share commenters, one who answers for the site is seen on more than one of them: whoever
    // writes on this thread alone is taking part in its discussion. A thread that shares commenters with one other
    // thread at most (a page of the shared fixture's format, where one name may turn up on two sites' pages) has only
    // itself to go by.
    if (top && (threadsOf.get(top)!.size >= 2 || (neighboursOf(key)?.size ?? Infinity) <= 2)) threadAnswerer.set(key, top);
  }
  // Answering for the site other than by the thread's key naming the writer (see the post that opens a thread, below).
  const answersUnnamed = (thread: string, author: string) => siteAuthors.has(author) || siteAccounts.has(author) || threadAnswerer.get(thread) === author;
  const namedByKey = (thread: string, author: string) => !!ownerOf.get(thread)?.has(author);
  const answers = (thread: string, author?: string) => !!author && (answersUnnamed(thread, author) || namedByKey(thread, author));

  // A thread whose first author writes again, and does not answer for the site, opens with a post that asks or reports.
  const openerOf = new Map<string, string>();
  for (const [key, { opener, counts }] of threads) if (opener && (counts.get(opener) ?? 0) >= 2 && !answers(key, opener)) openerOf.set(key, opener);
  // On a forum most openers write again, so a thread whose opener does not still opens with a post: see FORUM_OPENERS_SHARE.
  // The share is taken over the thread's neighbours (one step, so that a common name does not join a blog to a forum),
  // or, where they are too many to keep, over the whole site its commenters join it to. The openers found this way are
  // added after every share is taken, so that none counts towards another's.
  let siteTally: ((thread: string) => OpenerTally) | null = null;
  const tallyOfNeighbours = new Map<Set<string>, OpenerTally>();
  const forumOpeners: string[] = [];
  for (const [key, { opener }] of threads) {
    if (!opener || openerOf.has(key) || answers(key, opener)) continue;
    const near = neighboursOf(key);
    let tally = near && tallyOfNeighbours.get(near);
    if (!tally) {
      tally = near ? tallyOpeners(near, threads, openerOf) : (siteTally ??= siteTallies(threads, threadsOf, openerOf))(key);
      // Threads that share one set of neighbours (see neighbourFinder) share its tally: openers found here join later.
      if (near) tallyOfNeighbours.set(near, tally);
    }
    if (tally.threads >= FORUM_FROM_THREADS && tally.openers / tally.threads >= FORUM_OPENERS_SHARE) forumOpeners.push(key);
  }
  for (const key of forumOpeners) openerOf.set(key, threads.get(key)!.opener!);

  const answersByName = repliesByName(comments, named, threads, (thread) => [...threads.get(thread)!.counts.keys()].some((author) => answers(thread, author)));
  return named.map(({ thread, author }, k) => {
    // The post that opens a thread is no answer, though the key names its writer: a maintainer files an issue on their
    // own repository ("gh:rom1v/sndcpy#3"). Their later comments there answer.
    const answerer =
      (!!author && (answersUnnamed(thread, author) || (namedByKey(thread, author) && threads.get(thread)!.first !== k))) || answersByName.has(k);
    const ofOpener = !!author && openerOf.get(thread) === author;
    return { staff: answerer || ofOpener, answerer, opensThread: ofOpener && threads.get(thread)!.first === k };
  });
}

/** Letters a name needs for the thread key to name its writer: shorter ones are too often part of another word. */
const OWNER_NAME_FROM = 4;
/** A surname alone ("Lemire" of "Daniel Lemire") must be longer: first names and short words are shared by many. */
const OWNER_SURNAME_FROM = 5;
/**
 * A name may stop inside a word of the key ("GreenMan" of "greenmanov.net") only from this many letters: shorter ones
 * start too many words ("Mark" of "markdown-it", "Chris" of "christmas").
 */
const OWNER_PREFIX_FROM = 6;
/** How much of a thread key is read: a site's name comes first, and a crafted key of megabytes costs nothing. */
const KEY_READ = 200;
/** Words of keys that name platforms, not people: a commenter called "Blog" or "GitHub" is no site's owner. */
const PLATFORM_WORDS = new Set(['blog', 'blogs', 'blogger', 'blogspot', 'wordpress', 'forum', 'forums', 'github', 'gitlab', 'issue', 'issues', 'phpbb', 'discourse', 'comments', 'thread', 'topic', 'www']);

/** A name as the key would spell it: its words joined, with the last word alone where it may stand as a surname. */
interface KeyName {
  whole: string;
  surname: string;
}

/**
 * Per thread, the commenters its key names: a page key that holds the site's name ("wordpress-lemire-en",
 * "blog.rom1v.com/2008-08-ssh") names the blog's owner when the owner's name is the site's ("Daniel Lemire", "rom1v"),
 * and the owner answers there, once or often. Names and keys are compared lower-cased, accents off, as words of
 * letters and digits. The name's words, joined, must start at a word of the key and end where a word of it ends
 * ("Nicolas Hoizey" in "nicolas-hoizey", "rom1v" in "blog.rom1v.com"), or, from six letters, inside it ("GreenMan" in
 * "greenmanov"); or the name's last word, of five letters or more, must be a word of the key ("Daniel Lemire"). A word
 * of a post's title in the key can still name a commenter ("Maria" on "interview-with-maria"): on the labelled sets the
 * names matched are the sets' staff in 99% of their comments.
 */
function ownersNamedByThreadKey(threads: Map<string, Thread>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const names = new Map<string, KeyName | null>();
  for (const [key, { counts }] of threads) {
    const words = plainWords(key.slice(0, KEY_READ));
    if (!words.length) continue;
    const joined = words.join('');
    // Where each word of the key starts in `joined`, and whether a word ends at a place.
    const starts: number[] = [];
    const ends = new Set<number>();
    let at = 0;
    for (const word of words) {
      starts.push(at);
      at += word.length;
      ends.add(at);
    }
    const wholeWords = (part: string) => starts.some((from) => joined.startsWith(part, from) && ends.has(from + part.length));
    const startsWord = (part: string) => starts.some((from) => joined.startsWith(part, from));
    for (const author of counts.keys()) {
      let name = names.get(author);
      if (name === undefined) names.set(author, (name = keyNameOf(author)));
      if (!name) continue;
      const named =
        (name.whole && (wholeWords(name.whole) || (letters(name.whole) >= OWNER_PREFIX_FROM && startsWord(name.whole)))) ||
        (name.surname && wholeWords(name.surname));
      if (named) (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(author);
    }
  }
  return owners;
}

/** What of a name the key may hold (see ownersNamedByThreadKey); null when nothing of it is long enough. */
function keyNameOf(author: string): KeyName | null {
  const words = plainWords(author);
  const whole = words.join('');
  const last = words.length >= 2 ? words[words.length - 1] : '';
  const name = {
    whole: letters(whole) >= OWNER_NAME_FROM && !PLATFORM_WORDS.has(whole) ? whole : '',
    surname: letters(last) >= OWNER_SURNAME_FROM && !PLATFORM_WORDS.has(last) ? last : '',
  };
  return name.whole || name.surname ? name : null;
}

/** Lower-cased words of letters and digits, accents taken off ("Bouças" and "boucas" are one name). */
function plainWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Letters in a word, counted as characters (an astral letter is one). */
const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

/** How far into a reply the name of the writer before it counts ("Hi Brian, ...", "On 2/7/07, Jay Shi wrote:"). */
const NAMED_WITHIN = 60;
/** Names of one or two letters are mostly initials or short words ("Al", "Jo"): too often something else. */
const NAME_FROM_LETTERS = 3;

/**
 * On a thread where no one was found answering for the site, the comments that open by naming the writer of the
 * comment right before them ("Hi Brian, could you try this patch?", "@haifeng wang May be caused by ..."), by someone
 * other than the thread's first writer: a blog's author or a list's maintainer answers a reader once, where counting
 * finds no one. Some are readers answering readers, whose thanks and questions the conventions read as discussion too.
 * Only the comment that names them counts, not its writer's other comments: one reply by name says little about them.
 */
function repliesByName(comments: readonly AuthoredComment[], named: readonly Named[], threads: Map<string, Thread>, answered: (thread: string) => boolean): Set<number> {
  const found = new Set<number>();
  const inThread = new Map<string, number[]>();
  named.forEach(({ thread }, k) => (inThread.get(thread) ?? inThread.set(thread, []).get(thread)!).push(k));
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const [thread, members] of inThread) {
    if (members.length < 2 || answered(thread)) continue;
    const opener = threads.get(thread)!.opener;
    // By place where every comment has one; otherwise in the order given, as the rest of the inference reads it.
    const placed = members.every((k) => Number.isFinite(comments[k].position));
    const ordered = placed ? [...members].sort((a, b) => comments[a].position! - comments[b].position!) : members;
    for (let j = 1; j < ordered.length; j++) {
      const k = ordered[j];
      const author = named[k].author;
      const before = named[ordered[j - 1]].author;
      const text = comments[k].text;
      if (!author || !before || !text || same(author, before) || (opener !== undefined && same(author, opener))) continue;
      const name = firstName(before);
      if (name && namesAt(text.slice(0, NAMED_WITHIN).normalize('NFC').toLowerCase(), name)) found.add(k);
    }
  }
  return found;
}

/** The first word of a display name, lower-cased, without a leading "@" or marks around it; null when too short. */
function firstName(author: string): string | null {
  const word = author.normalize('NFC').split(/\s+/)[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '').toLowerCase();
  return [...word].length >= NAME_FROM_LETTERS ? word : null;
}

/** A letter, digit or combining mark: a name inside a longer word is not that name. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/**
 * Whether `text` holds `name` as a word of its own. Any such place counts, not only an address ("Hi Brian,",
 * "@haifeng"): list replies name the writer they quote ("On 2/7/07, Jay Shi <...> wrote:"). On the development pages
 * read alone, holding to an address form (after "@", before a comma, colon or full stop, or in the first two words)
 * read 0.8995 against 0.9001, and on the sets kept unseen 0.8416-0.8422 against 0.8434; the cost is a name that is also
 * a word ("Will", "May") read as someone addressed.
 */
function namesAt(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const previous = at > 0 ? characterBefore(text, at) : '';
    const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (!WORD_CHAR.test(previous) && !WORD_CHAR.test(next)) return true;
  }
  return false;
}

/** The whole character (code point) that ends just before `index` > 0: an astral letter is two UTF-16 units. */
function characterBefore(text: string, index: number): string {
  const unit = text.charCodeAt(index - 1);
  const low = unit >= 0xdc00 && unit <= 0xdfff && index >= 2;
  return String.fromCodePoint(text.codePointAt(index - (low ? 2 : 1))!);
}

/**
 * The site authors among those who comment on several threads. A candidate's site: the threads it comments on and the
 * threads that share a commenter with them (a file may hold several sites' threads; one step out keeps a common name
 * from joining them all). Its author comments on a good share of them, and more than anyone else who does. Each site's
 * winner is worked out once: a file of a few huge threads gives thousands of candidates the same site.
 */
function findSiteAuthors(threads: Map<string, Thread>, threadsOf: Map<string, Set<string>>, neighboursOf: NeighbourFinder): Set<string> {
  const winnerOfSite = new Map<string, string | null>();
  const authors = new Set<string>();
  for (const [candidate, own] of threadsOf) {
    if (own.size < 2) continue;
    const site = siteOf(own, threads, threadsOf, neighboursOf);
    if (!site) continue;
    const minThreads = Math.max(2, Math.ceil(site.size * SITE_AUTHOR_THREAD_SHARE));
    if (own.size < minThreads) continue;
    const key = [...site].sort().join('\u0000');
    let winner = winnerOfSite.get(key);
    if (winner === undefined) winnerOfSite.set(key, (winner = topOfSite(site, minThreads, threads)));
    if (winner === candidate) authors.add(candidate);
  }
  return authors;
}

/** A thread's neighbours, itself included, or null when there are more than the finder keeps (see neighbourFinder). */
type NeighbourFinder = (thread: string) => Set<string> | null;

/** Up to this many threads, every thread's neighbours are kept whole; past it, NEIGHBOURS_KEPT of them at most. */
const ALL_NEIGHBOURS_UP_TO = 1000;
const NEIGHBOURS_KEPT = 500;

/**
 * Each thread's neighbours, worked out once. In a file of many threads they are kept only up to NEIGHBOURS_KEPT: a
 * forum of thousands of threads that a few moderators join would hold every thread in each thread's neighbours.
 */
function neighbourFinder(threads: Map<string, Thread>, threadsOf: Map<string, Set<string>>): NeighbourFinder {
  const kept = threads.size <= ALL_NEIGHBOURS_UP_TO ? Infinity : NEIGHBOURS_KEPT;
  const neighbours = new Map<string, Set<string> | null>();
  // A thread one of whose commenters is on every thread (a blog's author who answers on each post) neighbours every
  // thread: those threads share one set instead of gathering a thousand threads each.
  let everyThread: Set<string> | null | undefined;
  return (thread) => {
    let found = neighbours.get(thread);
    if (found === undefined) {
      const authors = threads.get(thread)!.counts.keys();
      for (const author of authors) {
        if (threadsOf.get(author)!.size !== threads.size) continue;
        if (everyThread === undefined) everyThread = threads.size > kept ? null : new Set(threads.keys());
        neighbours.set(thread, everyThread);
        return everyThread;
      }
      found = new Set([thread]);
      gather: for (const author of threads.get(thread)!.counts.keys()) {
        for (const reached of threadsOf.get(author)!) {
          found.add(reached);
          if (found.size > kept) {
            found = null;
            break gather;
          }
        }
      }
      neighbours.set(thread, found);
    }
    return found;
  };
}

/**
 * The site of a candidate on the threads `own`: their neighbours. A thread whose neighbours are too many to keep
 * brings in the threads of its commenters instead. Null when the site is too big for the candidate to comment on
 * SITE_AUTHOR_THREAD_SHARE of it.
 */
function siteOf(own: Set<string>, threads: Map<string, Thread>, threadsOf: Map<string, Set<string>>, neighboursOf: NeighbourFinder): Set<string> | null {
  // Past this many threads the candidate cannot reach the share: stop gathering (a busy file has large sites).
  const mostThreads = own.size / SITE_AUTHOR_THREAD_SHARE;
  const site = new Set<string>();
  let fellows: Set<string> | null = null;
  for (const thread of own) {
    const near = neighboursOf(thread);
    // (The site holds them all: no need to gather a thousand threads to find it too big.)
    if (near && near.size > mostThreads) return null;
    if (near) for (const reached of near) site.add(reached);
    else {
      // Its neighbours alone are more than NEIGHBOURS_KEPT threads.
      if (mostThreads <= NEIGHBOURS_KEPT) return null;
      fellows ??= new Set();
      for (const author of threads.get(thread)!.counts.keys()) fellows.add(author);
    }
    if (site.size > mostThreads) return null;
  }
  for (const fellow of fellows ?? []) {
    for (const reached of threadsOf.get(fellow)!) site.add(reached);
    if (site.size > mostThreads) return null;
  }
  return site;
}

/** Who, of those commenting on at least `minThreads` of the site's threads, wrote the most comments there (no tie). */
function topOfSite(site: Set<string>, minThreads: number, threads: Map<string, Thread>): string | null {
  const presence = new Map<string, { threads: number; comments: number }>();
  for (const thread of site) {
    for (const [author, count] of threads.get(thread)!.counts) {
      const seen = presence.get(author) ?? { threads: 0, comments: 0 };
      seen.threads++;
      seen.comments += count;
      presence.set(author, seen);
    }
  }
  return uniqueTop([...presence].filter(([, seen]) => seen.threads >= minThreads).map(([author, seen]): [string, number] => [author, seen.comments]));
}

/** Of some threads, how many have two comments or more, and how many of those open with a post found so far. */
interface OpenerTally {
  threads: number;
  openers: number;
}

function tallyOpeners(keys: Iterable<string>, threads: Map<string, Thread>, openerOf: Map<string, string>): OpenerTally {
  const tally = { threads: 0, openers: 0 };
  for (const key of keys) {
    if (threads.get(key)!.comments < 2) continue;
    tally.threads++;
    if (openerOf.has(key)) tally.openers++;
  }
  return tally;
}

/** Per thread, the tally of its whole site (see sitesByCommenters). */
function siteTallies(threads: Map<string, Thread>, threadsOf: Map<string, Set<string>>, openerOf: Map<string, string>): (thread: string) => OpenerTally {
  const siteOfThread = sitesByCommenters(threads, threadsOf);
  const members = new Map<string, string[]>();
  for (const [thread, site] of siteOfThread) (members.get(site) ?? members.set(site, []).get(site)!).push(thread);
  const bySite = new Map([...members].map(([site, keys]) => [site, tallyOpeners(keys, threads, openerOf)]));
  return (thread) => bySite.get(siteOfThread.get(thread)!)!;
}

/** Each thread's site: the threads it is joined to through commenters they share (named by one of its threads). */
function sitesByCommenters(threads: Map<string, Thread>, threadsOf: Map<string, Set<string>>): Map<string, string> {
  const parent = new Map<string, string>();
  for (const key of threads.keys()) parent.set(key, key);
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) {
      const up = parent.get(parent.get(at)!)!;
      parent.set(at, up);
      at = up;
    }
    return at;
  };
  for (const own of threadsOf.values()) {
    // Every thread a commenter writes on joins the site of their first one (which stays a root: only others move).
    let joined: string | null = null;
    for (const thread of own) {
      const top = root(thread);
      if (joined === null) joined = top;
      else if (top !== joined) parent.set(top, joined);
    }
  }
  const siteOf = new Map<string, string>();
  for (const key of threads.keys()) siteOf.set(key, root(key));
  return siteOf;
}

/** Whether a comment at position `a` comes before one given earlier at `b`: only when both have positions. */
function isBefore(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a < b;
}

/** The key with the highest count, when no other key has as many; null when there is none. */
function uniqueTop(counts: Array<[string, number]>): string | null {
  let best: [string, number] | null = null;
  let tied = false;
  for (const entry of counts) {
    if (!best || entry[1] > best[1]) {
      best = entry;
      tied = false;
    } else if (entry[1] === best[1]) tied = true;
  }
  return best && !tied ? best[0] : null;
}
