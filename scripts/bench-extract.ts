// Extraction benchmark: a 5,000-comment WordPress page, parsed with jsdom and with linkedom,
// extractThread timed (median of several runs, parse excluded). Target: < 300 ms.
//   npx tsx scripts/bench-extract.ts
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractThread } from '../lib/extract/registry';

const COMMENTS = 5000;
const RUNS = 5;
const TARGET_MS = 300;

/** Default html5 wp_list_comments markup; every 4th comment is a reply to the one before. */
export function buildWordPressPage(count = COMMENTS): string {
  const items: string[] = [];
  let openReply = false;
  for (let i = 1; i <= count; i++) {
    const reply = i % 4 === 0;
    const li = `<li id="comment-${i}" class="comment ${reply ? 'depth-2' : 'depth-1'}"><article id="div-comment-${i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="a.png" class="avatar"> <b class="fn">User ${i % 97}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i}"><time datetime="2024-0${1 + (i % 9)}-1${i % 10}T10:${String(i % 60).padStart(2, '0')}:00+00:00">date</time></a></div></footer>
<div class="comment-content"><p>Comment number ${i}: thanks for the post, how do I configure the <em>widget</em> on page ${i % 13}?</p><p>Second paragraph with a <a href="https://example.com/${i}">link</a> and an emoji <img class="emoji" alt="😀" src="e.svg">.</p></div>
<div class="reply"><a class="comment-reply-link" href="?replytocom=${i}#respond">Reply</a></div></article>`;
    if (reply) {
      items.push(`<ol class="children">${li}</li></ol></li>`);
      openReply = false;
    } else {
      if (openReply) items.push('</li>');
      items.push(li);
      openReply = true;
    }
  }
  if (openReply) items.push('</li>');
  return `<!doctype html><html lang="en"><head><title>Bench post</title><link rel="canonical" href="https://bench.example/post/"></head>
<body><article><h1>Bench post</h1><div class="entry-content"><p>The post.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${count} thoughts on “Bench post”</h2><ol class="comment-list">${items.join('\n')}</ol></div></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeExtraction(doc: Document, label: string): Promise<string> {
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = await extractThread(doc, { url: 'https://bench.example/post/', now: new Date('2026-01-01T00:00:00Z') });
    times.push(performance.now() - start);
    count = result.comments.length;
  }
  const m = median(times);
  return `${label}: ${count} comments, median ${m.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) ${m < TARGET_MS ? 'OK' : 'OVER'} target ${TARGET_MS} ms`;
}

export async function benchExtract(): Promise<string[]> {
  const html = buildWordPressPage();
  const lines = [`page: ${COMMENTS} comments, ${(html.length / 1024 / 1024).toFixed(2)} MB of HTML`];
  let t = performance.now();
  const jsdomDoc = new JSDOM(html, { url: 'https://bench.example/post/' }).window.document;
  lines.push(`jsdom parse: ${(performance.now() - t).toFixed(0)} ms (not counted)`);
  lines.push(await timeExtraction(jsdomDoc, 'extractThread on jsdom'));
  t = performance.now();
  const linkedomDoc = parseHTML(html).document as unknown as Document;
  lines.push(`linkedom parse: ${(performance.now() - t).toFixed(0)} ms (not counted)`);
  lines.push(await timeExtraction(linkedomDoc, 'extractThread on linkedom'));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchExtract()) console.log(line);
}
