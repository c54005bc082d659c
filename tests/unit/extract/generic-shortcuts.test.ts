// The generic extractor answers some questions without the selector engine (slow in linkedom) and skips
// groups that cannot win. These pages exercise each shortcut, in jsdom and in linkedom (the CLI's DOM),
// and check the answers against what the selectors themselves say.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { generic } from '../../../lib/extract/generic';
import { refreshMarkers } from '../../../lib/extract/markers';
import { SCAN_TIME } from './load';

const URL = 'https://blog.example/post/7';

const comment = (kind: string, n: number, name: string, extra = '') =>
  `<li class="${kind}"><div class="who"><a href="/people/${name}">${name}</a>${extra}</div><span class="when">2024-03-0${n} 10:0${n}</span><div class="text"><p>Comment ${n} by ${name}.</p></div></li>`;

// Members and guests: two signatures of one tag. The guests' group (2 blocks) can never outscore the members'
// (5 blocks), yet must still be read so it joins the thread.
const PAGE = `<!doctype html><html lang="en"><head><title>Post</title></head><body>
<article><h1>Post</h1><div class="Byline">by <a href="/people/editor">Editor</a></div><p>Body.</p></article>
<div class="discussion"><div class="comments-title">7 Comments</div><ol class="thread">
${comment('member', 1, 'ann')}${comment('guest', 2, 'bo')}${comment('member', 3, 'cy', ' <span class="user-role">Moderator</span>')}
${comment('member', 4, 'di')}${comment('guest', 5, 'ed')}${comment('member', 6, 'fay')}
<li class="member"><a name="c7"></a><div class="who"><a href="/people/gus">gus</a></div><span class="when">2024-03-07 10:07</span><div class="text"><p>Comment 7 by gus.</p></div></li>
</ol></div></body></html>`;

const PAGE_AUTHOR = 'article [rel~="author"], [itemprop="author"] [itemprop="name"], .byline a, .author a';

function parsers(html: string): [string, Document][] {
  return [
    ['jsdom', new JSDOM(html, { url: URL }).window.document],
    ['linkedom', parseHTML(html).document as unknown as Document],
  ];
}

describe('generic extractor shortcuts', () => {
  for (const [dom, doc] of parsers(PAGE)) {
    it(`reads both signatures of one tag, the claimed count, anchors and badges (${dom})`, async () => {
      refreshMarkers(doc);
      const result = await generic.extract(doc, { url: URL, now: SCAN_TIME });
      expect(result.comments.map((c) => c.author)).toEqual(['ann', 'bo', 'cy', 'di', 'ed', 'fay', 'gus']);
      expect(result.comments.map((c) => c.text)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Comment ${n} by ${['ann', 'bo', 'cy', 'di', 'ed', 'fay', 'gus'][n - 1]}.`));
      expect(result.comments.map((c) => c.staff)).toEqual([false, false, true, false, false, false, false]);
      // The anchor inside the last block ("a[name]") gives it its id; the others have none with a digit.
      expect(result.comments[6].id).toBe('c7');
      expect(result.thread.commentCountClaimed).toBe(7);
      // ".Byline" is not ".byline" in a standards-mode page: no page author, as the selector engine says.
      expect(doc.querySelector(PAGE_AUTHOR)).toBeNull();
      expect(result.thread.author).toBeNull();
    });
  }

  for (const [dom, doc] of parsers(PAGE.replace('class="Byline"', 'class="post-meta byline"'))) {
    it(`finds the page author the selector engine finds (${dom})`, async () => {
      refreshMarkers(doc);
      const result = await generic.extract(doc, { url: URL, now: SCAN_TIME });
      expect(doc.querySelector(PAGE_AUTHOR)?.textContent).toBe('Editor');
      expect(result.thread.author).toBe('Editor');
      expect(result.comments).toHaveLength(7);
    });
  }
});
