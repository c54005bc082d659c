// Bad input never crashes extraction: only NoThreadError, and comment text is kept as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractThread, NoThreadError, EXTRACTORS, detectPlatform } from '../../../lib/extract/registry';
import { htmlDoc, PAGES_DIR, SCAN_TIME, manifest } from './load';

const URL_ = 'https://blog.example/post/';

function wpPage(comments: string[]): string {
  const items = comments
    .map((body, i) => `<li id="comment-${i + 1}" class="comment"><article id="div-comment-${i + 1}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">user${i + 1}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i + 1}"><time datetime="2024-01-0${(i % 9) + 1}T10:00:00+00:00">Jan</time></a></div></footer>
<div class="comment-content">${body}</div><div class="reply"><a class="comment-reply-link">Reply</a></div></article></li>`)
    .join('');
  return `<!doctype html><html><head><title>t</title></head><body><article><h1>Post</h1><p>Body</p></article><ol class="comment-list">${items}</ol></body></html>`;
}

async function expectNoThread(doc: Document) {
  await expect(extractThread(doc, { url: URL_, now: SCAN_TIME })).rejects.toBeInstanceOf(NoThreadError);
}

describe('robustness', () => {
  it('names every extractor it tried when there is no thread', async () => {
    const doc = htmlDoc('<html><body><h1>Just an article</h1><p>No comments here.</p><nav><ul><li>Home</li><li>About</li></ul></nav></body></html>');
    const error = await extractThread(doc, { url: URL_, now: SCAN_TIME }).catch((e) => e);
    expect(error).toBeInstanceOf(NoThreadError);
    expect(error.message).toBe(`No comment thread found on this page (tried: ${EXTRACTORS.map((e) => e.id).join(', ')})`);
    expect(error.message).toMatch(/tried: .*wordpress.*discourse.*generic\)$|tried: .*discourse.*wordpress.*generic\)$/);
    expect(detectPlatform(doc)).toBeNull();
  });

  it('handles empty documents and non-HTML input', async () => {
    await expectNoThread(htmlDoc(''));
    await expectNoThread(htmlDoc('\u0000\u0000<<<>>>'));
    await expectNoThread(parseHTML('').document as unknown as Document);
    await expectNoThread(parseHTML('<html></html>').document as unknown as Document);
  });

  it('survives every fixture page truncated at several points (jsdom and linkedom)', async () => {
    for (const entry of manifest()) {
      const html = readFileSync(join(PAGES_DIR, entry.dir, 'source.html'), 'utf8');
      for (const fraction of [0.1, 0.5, 0.77, 0.93]) {
        const cut = html.slice(0, Math.floor(html.length * fraction));
        for (const doc of [htmlDoc(cut, URL_), parseHTML(cut).document as unknown as Document]) {
          try {
            const result = await extractThread(doc, { url: URL_, now: SCAN_TIME });
            expect(result.comments.length).toBeLessThanOrEqual(entry.comments * 2);
          } catch (error) {
            expect(error).toBeInstanceOf(NoThreadError);
          }
        }
      }
    }
  });

  it('survives mutated markup: attributes stripped, elements removed', async () => {
    const html = readFileSync(join(PAGES_DIR, 'wordpress-netzpolitik-de', 'source.html'), 'utf8');
    const variants = [
      html.replace(/datetime="[^"]*"/g, 'datetime="garbage"'),
      html.replace(/<div class="comment-content">/g, '<div>'),
      html.replace(/class="fn"/g, ''),
      html.replace(/<\/li>/g, ''),
      html.replace(/<ol class="children">/g, '<ol class="children"><li id="comment-x" class="comment">'),
    ];
    for (const variant of variants) {
      const result = await extractThread(htmlDoc(variant, URL_), { url: URL_, now: SCAN_TIME }).catch((e) => e);
      if (result instanceof Error) expect(result).toBeInstanceOf(NoThreadError);
      else expect(result.comments.length).toBeGreaterThan(0);
    }
  });

  it('keeps images-only and emoji-only comments', async () => {
    const doc = htmlDoc(wpPage(['<p><img src="cat.jpg" alt="a cat photo"></p>', '<p><img class="emoji" alt="😂" src="x.svg"><img class="emoji" alt="👍" src="y.svg"></p>', '<p>🎉🎉</p>']), URL_);
    const result = await extractThread(doc, { url: URL_, now: SCAN_TIME });
    expect(result.comments.map((c) => c.text)).toEqual(['', '😂👍', '🎉🎉']);
    expect(new Set(result.comments.map((c) => c.id)).size).toBe(3);
  });

  it('keeps hostile text byte for byte and never turns it into markup', async () => {
    const hostile = [
      '&lt;img src=x onerror=alert(1)&gt;',
      '\u202Egnp.exe\u202C and \u200Fمرحبا\u200E',
      'null\u0000byte',
      '&lt;script&gt;alert("x")&lt;/script&gt; &amp;amp; “quotes”',
    ];
    const doc = htmlDoc(wpPage(hostile.map((t) => `<p>${t}</p>`)), URL_);
    const result = await extractThread(doc, { url: URL_, now: SCAN_TIME });
    expect(result.comments[0].text).toBe('<img src=x onerror=alert(1)>');
    expect(result.comments[1].text).toBe('\u202Egnp.exe\u202C and \u200Fمرحبا\u200E');
    // The HTML parser itself maps U+0000 in text to U+FFFD; the extractor keeps what the DOM holds.
    expect(result.comments[2].text).toBe(doc.querySelectorAll('.comment-content p')[2].textContent);
    expect(result.comments[3].text).toBe('<script>alert("x")</script> &amp; “quotes”');
  });

  it('reads a 1 MB comment whole', async () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(40_000).trim();
    const doc = htmlDoc(wpPage([`<p>${big}</p>`, '<p>short</p>']), URL_);
    const result = await extractThread(doc, { url: URL_, now: SCAN_TIME });
    expect(result.comments[0].text).toBe(big);
    expect(result.comments[0].text.length).toBeGreaterThan(1_000_000);
  });

  it('marks deleted/hidden comments instead of dropping them, and skips a broken one', async () => {
    const html = wpPage(['<p>fine</p>', '<p>also fine</p>']).replace(
      '<div class="comment-content"><p>also fine</p>',
      '<em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em><div class="comment-content"><p>also fine</p>',
    );
    const result = await extractThread(htmlDoc(html, URL_), { url: URL_, now: SCAN_TIME });
    expect(result.comments.map((c) => c.hidden ?? false)).toEqual([false, true]);
  });
});
