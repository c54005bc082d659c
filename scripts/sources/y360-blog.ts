// Rachel Nguyen's Yahoo! 360 blog (2006-2009), a Vietnamese personal blog (diary posts, travel, work, Tet, family),
// rebuilt as a Jekyll site by her husband from the Internet Archive and her own backup. Its comments are kept in one
// file, _data/comments.json: { "<post url>": [{ author, time, content }] }, content being the Yahoo! 360 comment HTML
// (<br />, entities). Comments are in Vietnamese (often typed without diacritics, and some lost characters to "?" in
// the original backup; the text is kept as the file has it), with a little English.
//
// Rule of choice (fixed): the post URLs (keys of comments.json) sorted as strings, i.e. by date; take every other one,
// starting with the first (indexes 0, 2, 4, ...), and of each the first 20 comments in time order (then file order).
// page = the post's file name without /blog/ and .html. Empty comments are skipped.
// staff = the blog's author, who answers as "Rachel".
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

interface Y360Comment { author: string; time: string; content: string }

export default {
  id: 'y360-blog',
  repo: 'trongthanh/yahoo360-rachel',
  commit: '4578d6f85619af23cf33a47d6f5978318ff182c5',
  read(files: RepositoryFiles): SourceComment[] {
    const data = JSON.parse(files.read('_data/comments.json')) as Record<string, Y360Comment[]>;
    const urls = Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out: SourceComment[] = [];
    urls.forEach((url, k) => {
      if (k % 2 !== 0) return;
      const page = url.replace(/^\/blog\//, '').replace(/\.html$/, '');
      const comments = data[url]
        .map((c, n) => ({ ...c, n, text: htmlToText(c.content ?? '') }))
        .filter((c) => c.text !== '')
        .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.n - b.n))
        .slice(0, 20);
      comments.forEach((c, i) => out.push({ page, i, text: c.text, author: c.author.trim(), staff: c.author.trim() === 'Rachel' }));
    });
    return out;
  },
} satisfies CommentSource;
