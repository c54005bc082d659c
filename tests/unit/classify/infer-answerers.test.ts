import { describe, expect, it } from 'vitest';
import { inferAnswerers, type AuthoredComment } from '../../../lib/classify/infer-answerers';

/** The authors marked as answering, per comment, as "thread/author" keys (one per distinct pair). */
function answering(comments: AuthoredComment[]): string[] {
  const answers = inferAnswerers(comments);
  return [...new Set(comments.filter((_, k) => answers[k]).map((c) => `${c.thread}/${c.author}`))];
}

const thread = (name: string, authors: string[]) => authors.map((author) => ({ thread: name, author }));

describe('inferAnswerers', () => {
  it("finds a blog's author, who answers under most posts, even where they reply once", () => {
    const comments = [
      ...thread('post-1', ['ana', 'Lena (author)', 'bo', 'Lena (author)']),
      ...thread('post-2', ['cy', 'Lena (author)']),
      ...thread('post-3', ['dee', 'ed', 'fay']),
    ];
    expect(answering(comments)).toEqual(['post-1/Lena (author)', 'post-2/Lena (author)']);
  });

  it("finds a thread's answerer, but not the forum opener who replies to the helpers", () => {
    const comments = thread('topic', ['opener', 'helper', 'opener', 'helper', 'opener', 'someone']);
    expect(answering(comments)).toEqual(['topic/helper']);
  });

  it('finds no one where nobody stands out: a tie, or a single comment each', () => {
    expect(answering(thread('t', ['first', 'a', 'b', 'a', 'b']))).toEqual([]);
    expect(answering(thread('t', ['first', 'a', 'b', 'c']))).toEqual([]);
  });

  it('never counts an anonymous placeholder name as someone', () => {
    const comments = [...thread('p1', ['x', 'Anónimo', 'Anónimo']), ...thread('p2', ['y', 'Anonymous', 'Anonymous']), ...thread('p3', ['z', 'Anónimo'])];
    expect(answering(comments)).toEqual([]);
  });

  it('keeps two sites in one file apart: a name that occurs on both does not make either author miss the share', () => {
    const blogA = [1, 2, 3, 4].flatMap((n) => thread(`a${n}`, [`reader-a${n}`, 'Alice']));
    const blogB = [1, 2, 3, 4].flatMap((n) => thread(`b${n}`, [`reader-b${n}`, 'Bob']));
    // "Sam" comments once on each site: the sites meet through him, but Alice's site is still her four threads and his.
    const comments = [...blogA, ...blogB, ...thread('a1', ['Sam']), ...thread('b1', ['Sam'])];
    const found = answering(comments);
    expect(found.filter((key) => key.endsWith('/Alice'))).toHaveLength(4);
    expect(found.filter((key) => key.endsWith('/Bob'))).toHaveLength(4);
    expect(found.some((key) => key.endsWith('/Sam'))).toBe(false);
  });

  it('treats comments without a thread as one thread, and comments without an author as no one', () => {
    expect(answering([{ author: 'opener' }, { author: 'helper' }, {}, { author: 'helper' }])).toEqual(['undefined/helper']);
  });
});
