import { describe, expect, it } from 'vitest';
import { inferRoles, type AuthoredComment } from '../../../lib/classify/infer-roles';

/** The "thread/author" keys (one per distinct pair) of comments with a role. */
function having(comments: AuthoredComment[], role: 'staff' | 'answerer' | 'opensThread'): string[] {
  const roles = inferRoles(comments);
  return [...new Set(comments.filter((_, k) => roles[k][role]).map((c) => `${c.thread}/${c.author}`))];
}

const thread = (name: string, authors: string[]) => authors.map((author) => ({ thread: name, author }));

describe('inferRoles', () => {
  it("finds a blog's author, who answers under most posts, even where they reply once", () => {
    const comments = [
      ...thread('post-1', ['ana', 'Lena (author)', 'bo', 'Lena (author)']),
      ...thread('post-2', ['cy', 'Lena (author)']),
      ...thread('post-3', ['dee', 'ed', 'fay']),
    ];
    expect(having(comments, 'answerer')).toEqual(['post-1/Lena (author)', 'post-2/Lena (author)']);
    expect(having(comments, 'staff')).toEqual(['post-1/Lena (author)', 'post-2/Lena (author)']);
    expect(having(comments, 'opensThread')).toEqual([]);
  });

  it("counts no reader as a thread's answerer where the site's author comments", () => {
    const comments = [
      ...thread('post-1', ['ana', 'Lena', 'bo', 'bo']),
      ...thread('post-2', ['cy', 'Lena']),
      ...thread('post-3', ['dee', 'Lena']),
    ];
    // bo comments most on post-1 after its opener, but Lena, the site's author, answers there.
    expect(having(comments, 'answerer')).toEqual(['post-1/Lena', 'post-2/Lena', 'post-3/Lena']);
  });

  it("finds a forum thread's answerer, and its opener, who writes again, as the post that opens it", () => {
    const comments = thread('topic', ['opener', 'helper', 'opener', 'helper', 'opener', 'someone']);
    const roles = inferRoles(comments);
    expect(having(comments, 'answerer')).toEqual(['topic/helper']);
    expect(roles.map((role) => role.opensThread)).toEqual([true, false, false, false, false, false]);
    // The opener's later posts count as the thread's staff, not as answers.
    expect(roles.map((role) => role.staff)).toEqual([true, true, true, true, true, false]);
  });

  it("takes the busiest guest of a thread for its answerer only when they also write on a thread it shares commenters with", () => {
    // Nine topics of one forum, joined by readers who each write once on two of them (none on enough of them to answer
    // for the site). "max" answers on t1 and t2; "tom" takes part in one discussion only, on t9, which shares commenters
    // with two other topics.
    const forum = [
      ...thread('t1', ['sue', 'max', 'j1', 'max', 'j2', 'j3']),
      ...thread('t2', ['pia', 'max', 'j4', 'max', 'j5', 'j6']),
      ...thread('t3', ['o3', 'j1', 'j7']),
      ...thread('t4', ['o4', 'j2', 'j8']),
      ...thread('t5', ['o5', 'j3']),
      ...thread('t6', ['o6', 'j4']),
      ...thread('t7', ['o7', 'j5']),
      ...thread('t8', ['o8', 'j6']),
      ...thread('t9', ['lou', 'tom', 'j7', 'tom', 'j8']),
      // A page of another site in the same file, sharing no commenter with the forum.
      ...thread('solo', ['amy', 'bob', 'cid', 'bob']),
    ];
    expect(having(forum, 'answerer')).toEqual(['t1/max', 't2/max', 'solo/bob']);
    // The same discussion on a page of its own: its busiest guest is all there is to go by.
    expect(having(thread('t9', ['lou', 'tom', 'ann', 'tom']), 'answerer')).toEqual(['t9/tom']);
  });

  it('marks no opening post where the first commenter does not write again, or answers for the site', () => {
    expect(having(thread('post', ['reader', 'b', 'c', 'b', 'd']), 'opensThread')).toEqual([]);
    const blog = [...thread('p1', ['Lena', 'x', 'Lena']), ...thread('p2', ['y', 'Lena'])];
    expect(having(blog, 'opensThread')).toEqual([]);
    expect(having(blog, 'answerer')).toEqual(['p1/Lena', 'p2/Lena']);
  });

  it("on a forum, where most openers write again, takes every thread's first post as opening it; not on a blog", () => {
    // Three of four topics have an opener who writes again; the fourth's opener asks once and never comes back. The
    // regular "mod" joins the topics into one site.
    const forum = [
      ...thread('t1', ['ann', 'mod', 'ann']),
      ...thread('t2', ['ben', 'mod', 'ben']),
      ...thread('t3', ['cat', 'mod', 'cat', 'mod']),
      ...thread('t4', ['dan', 'mod', 'eve']),
    ];
    expect(having(forum, 'opensThread')).toEqual(['t1/ann', 't2/ben', 't3/cat', 't4/dan']);
    // The same fourth topic among blog posts whose first commenters never write again: no opening post.
    const blog = [...thread('p1', ['ann', 'mod', 'x']), ...thread('p2', ['ben', 'mod', 'y']), ...thread('p3', ['cat', 'mod', 'cat']), ...thread('p4', ['dan', 'mod', 'eve']), ...thread('p5', ['fay', 'mod'])];
    expect(having(blog, 'opensThread')).toEqual(['p3/cat']);
    // A forum's topics that share no commenter are separate sites: one busy topic says nothing of another's opener.
    const apart = [...thread('a1', ['ann', 'x', 'ann']), ...thread('a2', ['ben', 'y', 'ben']), ...thread('a3', ['cat', 'z', 'cat']), ...thread('a4', ['dan', 'w', 'v'])];
    expect(having(apart, 'opensThread')).toEqual(['a1/ann', 'a2/ben', 'a3/cat']);
    // A reader of both a forum and a blog in one file does not make the blog a forum: its posts' first comments stay
    // readers' comments (the share is taken one step out from each thread).
    const mixed = [
      ...forum.slice(0, 9),
      ...thread('t4', ['dan', 'mod', 'dan', 'john']),
      ...thread('b1', ['u1', 'v1', 'john']),
      ...thread('b2', ['u2', 'v2', 'john']),
      ...thread('b3', ['u3', 'v3', 'john']),
      ...thread('b4', ['u4', 'v4']),
    ];
    expect(having(mixed, 'opensThread')).toEqual(['t1/ann', 't2/ben', 't3/cat', 't4/dan']);
  });

  it("finds a big site's author, whose site is gathered from fellow commenters, and no reader who joins two of its threads", () => {
    // 1,500 threads, each a reader's question and the moderator's answer, and one reader on two threads: every thread's
    // neighbours pass the number kept per thread, so the moderator's site comes from the commenters it meets.
    const comments = Array.from({ length: 1500 }, (_, t) => thread(`t${t}`, [t === 1 ? 'reader-0' : `reader-${t}`, 'mod'])).flat();
    const roles = inferRoles(comments);
    expect(comments.filter((c, k) => roles[k].answerer).every((c) => c.author === 'mod')).toBe(true);
    expect(roles.filter((role) => role.answerer)).toHaveLength(1500);
    expect(roles.some((role) => role.opensThread)).toBe(false);
  });

  it('finds no answerer where nobody stands out: a tie, or a single comment each', () => {
    expect(having(thread('t', ['first', 'a', 'b', 'a', 'b']), 'answerer')).toEqual([]);
    expect(having(thread('t', ['first', 'a', 'b', 'c']), 'answerer')).toEqual([]);
  });

  it('never counts an anonymous placeholder name as someone', () => {
    const comments = [...thread('p1', ['Anónimo', 'x', 'Anónimo', 'Anónimo']), ...thread('p2', ['y', 'Anonymous', 'Anonymous']), ...thread('p3', ['z', 'Anónimo'])];
    const roles = inferRoles(comments);
    expect(roles.every((role) => !role.staff && !role.answerer && !role.opensThread)).toBe(true);
  });

  it('keeps two sites in one file apart: a name that occurs on both does not make either author miss the share', () => {
    const blogA = [1, 2, 3, 4].flatMap((n) => thread(`a${n}`, [`reader-a${n}`, 'Alice']));
    const blogB = [1, 2, 3, 4].flatMap((n) => thread(`b${n}`, [`reader-b${n}`, 'Bob']));
    // "Sam" comments once on each site: the sites meet through him, but Alice's site is still her four threads and his.
    const comments = [...blogA, ...blogB, ...thread('a1', ['Sam']), ...thread('b1', ['Sam'])];
    const found = having(comments, 'answerer');
    expect(found.filter((key) => key.endsWith('/Alice'))).toHaveLength(4);
    expect(found.filter((key) => key.endsWith('/Bob'))).toHaveLength(4);
    expect(found.some((key) => key.endsWith('/Sam'))).toBe(false);
  });

  it("takes a thread's opening post by position where comments carry one, whatever their order in the file", () => {
    const inOrder = thread('topic', ['opener', 'helper', 'opener', 'helper']).map((comment, i) => ({ ...comment, position: i }));
    const shuffled = [inOrder[2], inOrder[1], inOrder[0], inOrder[3]];
    const roles = inferRoles(shuffled);
    expect(roles.map((role) => role.opensThread)).toEqual([false, false, true, false]);
    expect(roles.map((role) => role.answerer)).toEqual([false, true, false, true]);
  });

  it('treats comments without a thread as one thread, and comments without an author as no one', () => {
    expect(having([{ author: 'first' }, { author: 'helper' }, {}, { author: 'helper' }], 'answerer')).toEqual(['undefined/helper']);
  });

  describe('a reply that opens by naming the writer of the comment before it', () => {
    const page = (texts: Array<[string, string]>) => texts.map(([author, text], i) => ({ thread: 'post', author, position: i, text }));
    /** Whether each comment of a page of [author, text] pairs is found answering. */
    const answerers = (texts: Array<[string, string]>) => inferRoles(page(texts)).map((role) => role.answerer);

    it("answers for the site on a page where counting finds no one (a blog's author replying once)", () => {
      const comments = page([
        ['Brian Kim', 'Great post. Does the export keep the photo dates?'],
        ['Lena', 'Hi Brian, yes: the dates come from the photos themselves.'],
        ['cy', 'Thanks for writing this up!'],
      ]);
      const roles = inferRoles(comments);
      expect(roles.map((role) => role.answerer)).toEqual([false, true, false]);
      expect(roles[1].staff).toBe(true);
      expect(roles[1].opensThread).toBe(false);
    });

    it('finds "@name" replies, in any case, in the reply\'s first words only', () => {
      expect(
        answerers([
          ['haifeng wang', 'I get a timeout error every time.'],
          ['maintainer', '@Haifeng May be caused by a bad connection; it worked once I was online again.'],
          ['dee', 'Me too.'],
          ['ed', 'I had the same error last week, and after trying three different networks and two browsers, dee was right.'],
        ]),
      ).toEqual([false, true, false, false]);
    });

    it('takes a name only as a word of its own, and no name shorter than three letters', () => {
      expect(
        answerers([
          ['Ann', 'Is the map down?'],
          ['bo', 'Announcement: the map is back.'],
          ['Al', 'Works for me.'],
          ['cy', 'Al, which browser?'],
        ]),
      ).toEqual([false, false, false, false]);
    });

    it("leaves the thread's first writer, and threads where someone answers already, as they were", () => {
      expect(answerers([['opener', 'The upload fails.'], ['helper', 'Which file?'], ['opener', 'Thanks helper, a JPEG.']])).toEqual([false, false, false]);
      // helper is the thread's answerer by count; bo's reply by name does not make bo one.
      expect(
        answerers([
          ['ana', 'Why is the counter at 12?'],
          ['helper', 'Ana, it counts approved photos only.'],
          ['bo', 'Thanks helper, that explains it.'],
          ['helper', 'You are welcome.'],
        ]),
      ).toEqual([false, true, false, true]);
    });

    it('goes by place where every comment has one, and folds case and accents in names and writers', () => {
      const inPlace = page([
        ['josé', 'The sync stopped after the update.'],
        ['maintainer', 'Jose\u0301, which phone do you have?'],
        ['JOSÉ', 'Maintainer: a Pixel 6.'],
      ]);
      const shuffled = [inPlace[2], inPlace[0], inPlace[1]];
      // "José" spelt with a combining accent is still José; his later reply, under his name in capitals, is the opener's.
      expect(inferRoles(shuffled).map((role) => role.answerer)).toEqual([false, false, true]);
      const unplaced = shuffled.map(({ position: _position, ...comment }) => comment);
      // Without places the order given counts: the maintainer's reply now follows the opener's second comment.
      expect(inferRoles(unplaced).map((role) => role.answerer)).toEqual([false, false, true]);
    });

    it('reads "@name" writers by their name, and never a name inside a longer word, in any script', () => {
      expect(
        answerers([
          ['@marie', 'Le lien est mort.'],
          ['auteur', 'Merci Marie, corrigé.'],
          ['Lex', 'Still broken for me.'],
          ['ed', '𝒜lex and Samarie are strange words.'],
        ]),
      ).toEqual([false, true, false, false]);
    });

    it('needs the text: comments given without it keep the roles counting gives', () => {
      const withoutText = page([['Brian', 'Hello'], ['Lena', 'Hi Brian, welcome.']]).map(({ text: _text, ...comment }) => comment);
      expect(inferRoles(withoutText).map((role) => role.answerer)).toEqual([false, false]);
    });
  });

  it("takes a site's own account ('admin', '管理员') for someone answering, wherever it writes once", () => {
    const comments = [...thread('post-1', ['ana', 'admin', 'bo', 'bo']), ...thread('post-2', ['cy', '管理员']), ...thread('post-3', ['Admin Fan', 'dee'])];
    expect(having(comments, 'answerer')).toEqual(['post-1/admin', 'post-2/管理员']);
    // However its accents and spaces are typed; not a name that merely holds the word.
    const typed = [...thread('post-4', ['ann', 'Mode\u0301rateur']), ...thread('post-5', ['bo', 'forum  admin']), ...thread('post-6', ['cy', 'Not the admin'])];
    expect(having(typed, 'answerer')).toEqual(['post-4/Mode\u0301rateur', 'post-5/forum  admin']);
  });

  describe("a commenter the thread's key names (the site's owner, as in the fixture's \"wordpress-lemire-en\")", () => {
    /** Whether `author`, writing once between two readers on the thread keyed `key`, answers there. */
    const owner = (key: string, author: string) => having(thread(key, ['reader', author, 'other reader']), 'answerer').length === 1;

    it('answers for the site on a page read alone, though they write once and the first commenter writes twice', () => {
      const comments = thread('wordpress-lemire-en', ['degski', 'degski', 'Daniel Lemire', 'wmu']);
      expect(having(comments, 'answerer')).toEqual(['wordpress-lemire-en/Daniel Lemire']);
      expect(having(comments, 'staff')).toContain('wordpress-lemire-en/Daniel Lemire');
    });

    it('matches the whole name without spaces, accents or case at the start of a word of the key', () => {
      const hoizey = thread('nicolas-hoizey.com/2011-css-grid', ['ann', 'Nicolas Hoizey', 'bo']);
      expect(having(hoizey, 'answerer')).toEqual(['nicolas-hoizey.com/2011-css-grid/Nicolas Hoizey']);
      const boucas = thread('eduardoboucas.com/posts/moving-on', ['ann', 'Eduardo Bouças']);
      expect(having(boucas, 'answerer')).toEqual(['eduardoboucas.com/posts/moving-on/Eduardo Bouças']);
    });

    it.each([
      ['anna-bakes-en', 'Anna', true, 'a whole word of four letters'],
      ['ann-arbor-trip', 'Ann', false, 'three letters'],
      ['greenmanov.net/2010-wiki', 'GreenMan', true, 'ending inside a word, from six letters'],
      ['gh:markdown-it/markdown-it#12', 'Mark', false, 'ending inside a word, under six letters'],
      ['christmas-wishes-en', 'Chris', false, 'ending inside a word, under six letters'],
      ['blog-savannah-trip', 'Anna', false, 'inside a word'],
      ['lee-blog-en', 'Daniel Lee', false, 'a surname under five letters'],
      ['erikmoberg.net/post', 'Erik Jonson', false, 'a first name'],
      ['blog-anna-en', 'Blog', false, 'a platform word'],
      ['github-issue-defuddle-56-en', 'GitHub', false, 'a platform word'],
      ['github-issue-defuddle-56-en', 'defuddle', true, "the project's own account"],
    ])('on %s, %s answers: %s (%s)', (key, author, answers) => {
      expect(owner(key, author)).toBe(answers);
    });

    it('reads only the head of a key, where a site is named (a crafted key of a megabyte costs nothing)', () => {
      const key = 'lena-blog/' + 'x'.repeat(1_000_000) + '-zedekiah';
      expect(inferRoles(thread(key, ['ann', 'Lena', 'Zedekiah'])).map((role) => role.answerer)).toEqual([false, true, false]);
    });

    it("does not take the post that opens a thread for an answer, though the key names its writer (a maintainer's own issue)", () => {
      const roles = inferRoles(thread('gh:rom1v/sndcpy#3', ['rom1v', 'ann', 'rom1v']));
      expect(roles.map((role) => role.answerer)).toEqual([false, false, true]);
    });

    it('keeps the busiest guest from answering where the named owner comments', () => {
      const comments = thread('blog.rom1v.com/2008-ssh', ['ann', 'bo', 'bo', 'cy', 'rom1v']);
      expect(having(comments, 'answerer')).toEqual(['blog.rom1v.com/2008-ssh/rom1v']);
    });
  });
});
