// Big synthetic threads for benchmarks, in WordPress' default (html5) comment markup.
const SAMPLES = [
  'Thanks so much for the quick fix!',
  'Is there a way to export my sightings as a spreadsheet?',
  'Two days later my photos still show as pending. The counter says 12 but I uploaded 40.',
  'Mil gracias por todo el trabajo 🙏',
  'I wonder whether the app works offline during the maintenance window',
];

function comment(i: number, depth: number, children: string): string {
  const id = 1000 + i;
  const minute = String(i % 60).padStart(2, '0');
  return `<li id="comment-${id}" class="comment ${depth > 1 ? 'even' : 'odd'} depth-${depth}">
<article id="div-comment-${id}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader ${i % 500}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${id}"><time datetime="2026-11-0${1 + (i % 9)}T10:${minute}:00+00:00">November ${1 + (i % 9)}, 2026 at 10:${minute}</time></a></div></footer>
<div class="comment-content"><p>${SAMPLES[i % SAMPLES.length]} (${i})</p></div>
<div class="reply"><a class="comment-reply-link" href="#" data-commentid="${id}">Reply</a></div>
</article>${children}</li>`;
}

/** A WordPress post with `count` comments: every fifth has one reply nested under it. */
export function wordpressPage(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; ) {
    if (i % 5 === 0 && i + 1 < count) {
      items.push(comment(i, 1, `<ol class="children">${comment(i + 1, 2, '')}</ol>`));
      i += 2;
    } else {
      items.push(comment(i, 1, ''));
      i += 1;
    }
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outage report</title>
<link rel="canonical" href="https://blog.example.org/2026/outage/"></head>
<body class="single single-post"><main><article class="post"><h1 class="entry-title">Outage report</h1><div class="entry-content"><p>What happened on November 2.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${count} thoughts on “Outage report”</h2>
<ol class="comment-list">${items.join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form id="commentform"><textarea id="comment"></textarea></form></div>
</div></main></body></html>`;
}
