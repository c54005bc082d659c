// Extraction benchmark: a 5,000-comment WordPress page, and a 5,000-comment Drupal-like page that only the
// generic extractor reads, parsed with jsdom and with linkedom, extraction timed (median of several runs,
// parse excluded). Target: < 300 ms.
//   npx tsx scripts/bench-extract.ts
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { detectPlatform, extractThread } from '../lib/extract/registry';

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

/**
 * Drupal-like markup no platform extractor claims: article.js-comment blocks with a footer byline, a plain-text
 * date ("Mon, 03/04/2024 - 10:15"), a body div, and replies nested in div.indented (every 4th comment).
 * Navigation, a sidebar of recent comments and the comment form sit around it, as on a real page.
 */
export function buildDrupalPage(count = COMMENTS): string {
  const items: string[] = [];
  const block = (i: number, inner = '') =>
    `<article id="comment-${i}" class="js-comment"><footer class="comment__meta"><span class="comment__author"><a href="/user/${i % 97}">user${i % 97}</a></span> <span class="comment__time">Mon, 0${1 + (i % 9)}/1${i % 10}/2024 - 10:${String(i % 60).padStart(2, '0')}</span></footer>
<div class="comment__content"><p>Comment ${i}: how do I change the <em>map layer</em> on page ${i % 13}?</p><p>Second line with a <a href="https://example.com/${i}">link</a>.</p></div>
<ul class="links inline"><li><a href="/comment/${i}/reply">reply</a></li></ul>${inner}</article>`;
  for (let i = 1; i <= count; i++) {
    if (i % 4 === 3 && i < count) {
      items.push(block(i, `<div class="indented">${block(i + 1)}</div>`));
      i++;
    } else items.push(block(i));
  }
  return `<!doctype html><html lang="en"><head><title>Trail map</title><link rel="canonical" href="https://drupal.example/node/5"></head>
<body><header id="header"><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main><article class="node"><h1>Trail map</h1><div class="field--name-body"><p>The post body.</p></div></article>
<section id="comments" class="comment-wrapper"><h2>${count} comments</h2>${items.join('\n')}
<form class="comment-form"><textarea></textarea><input type="submit"></form></section></main>
<aside class="sidebar"><div class="recent-item"><span class="username">bob</span> <span class="date">2 days ago</span><p>Recent</p></div></aside></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeExtraction(doc: Document, label: string, url = 'https://bench.example/post/'): Promise<string> {
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = await extractThread(doc, { url, now: new Date('2026-01-01T00:00:00Z') });
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
  lines.push(await timeExtraction(jsdomDoc, 'extractThread on jsdom (unit tests only)'));
  t = performance.now();
  const linkedomDoc = parseHTML(html).document as unknown as Document;
  lines.push(`linkedom parse: ${(performance.now() - t).toFixed(0)} ms (not counted)`);
  lines.push(await timeExtraction(linkedomDoc, 'extractThread on linkedom (the CLI)'));

  const drupal = buildDrupalPage();
  const drupalUrl = 'https://drupal.example/node/5';
  lines.push(`generic page (Drupal-like): ${COMMENTS} comments, ${(drupal.length / 1024 / 1024).toFixed(2)} MB of HTML`);
  t = performance.now();
  const drupalJsdom = new JSDOM(drupal, { url: drupalUrl }).window.document;
  const detected = detectPlatform(drupalJsdom);
  // The page must be one only the generic extractor reads, or this times another extractor.
  if (detected) throw new Error(`the generic bench page is claimed by the ${detected} extractor`);
  lines.push(`jsdom parse: ${(performance.now() - t).toFixed(0)} ms (not counted); no platform extractor claims it: generic`);
  lines.push(await timeExtraction(drupalJsdom, 'generic extraction on jsdom (unit tests only)', drupalUrl));
  t = performance.now();
  const drupalLinkedom = parseHTML(drupal).document as unknown as Document;
  lines.push(`linkedom parse: ${(performance.now() - t).toFixed(0)} ms (not counted)`);
  lines.push(await timeExtraction(drupalLinkedom, 'generic extraction on linkedom (the CLI)', drupalUrl));
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchExtract()) console.log(line);
}
