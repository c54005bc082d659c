// Stack Exchange questions (Stack Overflow, Super User, any *.stackexchange.com, localized sites): the question
// is the post, its answers are the thread's top-level comments, and each post's comment list holds replies to
// that post (question comments are top-level too: they reply to the post itself). The asker is the post
// author; a moderator diamond (.mod-flair) is a platform role. The accepted answer is marked `accepted`.
import type { ScanNote, ScrapedComment } from '../thread';
import { hasClassMarker, hasIdMarker } from './markers';
import type { Extractor } from './types';
import { parseAnyDate, parseDateAttribute } from './dates';
import { commentText, inlineText } from './text';
import { countIn, finishResult, hasClass, makeComment, readEach } from './page';
import { permalinkBase } from './thread-url';

/** "2024-01-02 10:00:00Z" and "2024-01-02 11:00:00Z, License: CC BY-SA 4.0" as SE writes them. */
function seTime(el: Element | null | undefined, now: Date): string | null {
  if (!el) return null;
  const attr = el.getAttribute('datetime') ?? el.getAttribute('title') ?? '';
  const iso = attr.match(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?Z?/)?.[0];
  return parseDateAttribute(iso ?? null) ?? parseAnyDate(inlineText(el), now);
}

interface Person {
  name: string;
  userId: string | null;
  mod: boolean;
}

function personFrom(box: Element | null | undefined, linkSel: string): Person {
  const link = box?.querySelector(linkSel);
  const userId = link?.getAttribute('href')?.match(/\/users\/(-?\d+)/)?.[1] ?? null;
  // Community wiki and deleted users have no link: the details box holds the bare name.
  const name = inlineText(link) || inlineText(box?.querySelector('.user-details > span, .user-details'))?.split(/\s+\d/)[0] || '';
  return { name, userId, mod: !!box?.querySelector('.mod-flair') };
}

/** The post's author: the last signature (an edited post shows the editor's signature first). */
function postOwner(post: Element): { person: Person; time: string | null; sig: Element | null } {
  const sigs = Array.from(post.querySelectorAll('.post-signature')).filter((s) => s.closest('.comments, .js-comments-container') === null);
  const sig = sigs.find((s) => hasClass(s, 'owner')) ?? sigs[sigs.length - 1] ?? null;
  return { person: personFrom(sig, '.user-details a[href*="/users/"]'), time: null, sig };
}

function postTime(post: Element, sig: Element | null, now: Date): string | null {
  const inSig = sig?.querySelector('.user-action-time .relativetime, .user-action-time time, .relativetime');
  const itemprop = post.querySelector('time[itemprop="dateCreated"], [itemprop="dateCreated"]');
  return seTime(inSig, now) ?? seTime(itemprop, now);
}

export const stackexchange: Extractor = {
  id: 'stackexchange',
  canExtract(doc) {
    return hasIdMarker(doc, 'question') && (hasClassMarker(doc, 'js-post-body') || hasClassMarker(doc, 'answer') || hasClassMarker(doc, 'comments-list'));
  },
  async extract(doc, ctx) {
    const base = permalinkBase(doc, ctx.url);
    const question = doc.getElementById('question');
    if (!question) return finishResult(doc, ctx, [], { platform: 'stackexchange' });
    const asker = postOwner(question).person;
    const isAsker = (p: Person) => (asker.userId && p.userId ? asker.userId === p.userId : !!asker.name && p.name === asker.name);

    const commentsOf = (post: Element, parentId: string | null): ScrapedComment[] =>
      readEach(post.querySelectorAll('li.comment[data-comment-id], li.js-comment[id^="comment-"]'), (li) => {
        const num = li.getAttribute('data-comment-id') ?? li.id.replace('comment-', '');
        const person = personFrom(li, 'a.comment-user');
        const copy = li.querySelector('.comment-copy');
        const deleted = hasClass(li, 'deleted-comment');
        return makeComment(base, {
          id: `comment-${num}`,
          anchor: `comment-${num}`,
          author: person.name || inlineText(li.querySelector('.comment-user')),
          publishedAt: seTime(li.querySelector('.comment-date .relativetime-clean, .comment-date [title], .comment-date time'), ctx.now),
          body: copy ? commentText(copy) : { text: '', quotes: [] },
          parentId,
          staff: person.mod || isAsker(person),
          staffReason: person.mod ? 'platform-role' : 'post-author',
          deleted,
        });
      });

    const comments: ScrapedComment[] = [...commentsOf(question, null)];
    const answers = Array.from(doc.querySelectorAll('.answer[data-answerid], div[id^="answer-"].answer'));
    for (const answer of answers) {
      const num = answer.getAttribute('data-answerid') ?? answer.id.replace('answer-', '');
      const { person, sig } = postOwner(answer);
      const bodyEl = answer.querySelector('.js-post-body, .s-prose, .post-text');
      const read = readEach([answer], () =>
        makeComment(base, {
          id: `answer-${num}`,
          anchor: `answer-${num}`,
          author: person.name,
          publishedAt: postTime(answer, sig, ctx.now),
          body: bodyEl ? commentText(bodyEl) : { text: '', quotes: [] },
          staff: person.mod || isAsker(person),
          staffReason: person.mod ? 'platform-role' : 'post-author',
          deleted: hasClass(answer, 'deleted-answer'),
        }),
      );
      if (!read.length) continue;
      if (hasClass(answer, 'accepted-answer') || answer.getAttribute('itemprop') === 'acceptedAnswer') read[0].accepted = true;
      comments.push(read[0], ...commentsOf(answer, read[0].id));
    }
    const title = inlineText(doc.querySelector('#question-header h1 a, #question-header h1, h1[itemprop="name"]'));
    const answerCount = countIn(inlineText(doc.querySelector('#answers-header h2, [itemprop="answerCount"]')));
    const questionBody = question.querySelector('.js-post-body, .s-prose, .post-text');
    const warnings: ScanNote[] = [];
    const hiddenComments = Array.from(doc.querySelectorAll('.js-show-link.comments-link:not(.dno), [data-remaining-comments-count]'))
      .map((el) => countIn(el.getAttribute('data-remaining-comments-count') ?? ''))
      .reduce<number>((sum, n) => sum + (n ?? 0), 0);
    if (hiddenComments > 0) warnings.push({ key: 'note.collapsed', vars: { n: hiddenComments } });
    return finishResult(doc, ctx, comments, {
      platform: 'stackexchange',
      author: asker.name || null,
      title: title || undefined,
      excerpt: questionBody ? commentText(questionBody).text.slice(0, 280) : undefined,
      // The page states the number of answers; comments under posts are not counted anywhere.
      commentCountClaimed: answerCount,
      commentCountRead: answers.length,
      warnings,
    });
  },
};
