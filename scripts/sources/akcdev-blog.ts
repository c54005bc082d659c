// akcdev.blogspot.com: Rulo (Arturo) Kobashikawa's personal Spanish-language programming blog from Lima (Blogger,
// 2009-2014: XAMPP, Ubuntu, CSS, jQuery, Firefox/Chrome fixes). In 2022 he moved the old posts into his Hugo blog
// akobashikawa/hugo-blog-puroguramu as content/posts/<slug>.md (commit c6bab42 "Importa posts de akcdev.blogspot.com")
// and deleted them again later ("Elimina posts de blogger"), so they are read at 90b5cab, the last commit that holds
// them. Each imported post ends with "### Comentarios archivados:" and then its Blogger comments in date order, each
// a Markdown block quote:
//   >
//   > first line of the body (turndown Markdown of the Blogger HTML; later lines may lack the "> " marker)
//   > \
//   > [Author](profile url or # "noreply@blogger.com") [YYYY-MM-DD hh:mm]
// Hugo renders a body as Markdown, so it is read as Markdown (hard breaks "  " -> line breaks, escapes dropped, links
// give their text).
//
// Page rule (fixed, deterministic): every file content/posts/*.md (sorted by path) that has a "### Comentarios
// archivados:" section; every comment of it in the order the file gives (the blog has only 218 comments, all taken).
// page = the file's slug; staff = the blog's author ("Rulo Kobashikawa", Blogger profile 07020497448167262255).
// Spam is skipped (i counts only kept comments): comments signed with an advertising keyword as the name ("juegos de
// ben 10", "mensajes claro", "Posicionamiento Buscadores") and the English link-spam that ends "My site - ...".
import { markdownOrHtmlToHtml } from './block-markdown';
import { listHtmlToText } from './html-text-lists';
import type { CommentSource, SourceComment } from './source';

const STAFF_PROFILE = '07020497448167262255';
const SPAM_AUTHORS = new Set(['juegos de ben 10', 'mensajes claro', 'posicionamiento buscadores']);
const isSpam = (author: string, text: string) => SPAM_AUTHORS.has(author.trim().toLowerCase()) || /^My site - /m.test(text);
const AUTHOR_LINE = /^> \[([^\]]*)\]\(([^)\s]*) "noreply@blogger\.com"\) \[\d{4}-\d\d-\d\d \d\d:\d\d\]\s*$/;

/** A body as the site shows it: Markdown -> HTML -> plain text. */
export const commentText = (lines: string[]) => listHtmlToText(markdownOrHtmlToHtml(lines.join('\n')), { olStart: true });

export default {
  id: 'akcdev-blog',
  repo: 'akobashikawa/hugo-blog-puroguramu',
  commit: '90b5cabe8ab91ee7f022766a7b09446cc30809b4',
  read(files) {
    const out: SourceComment[] = [];
    for (const path of files.list('content/posts/')) {
      if (!path.endsWith('.md')) continue;
      const lines = files.read(path).replace(/\r\n?/g, '\n').split('\n');
      const at = lines.findIndex((l) => l.trim() === '### Comentarios archivados:');
      if (at < 0) continue;
      const page = path.replace(/^content\/posts\//, '').replace(/\.md$/, '');
      let i = 0;
      let body: string[] | undefined;
      for (let k = at + 1; k < lines.length; k++) {
        const l = lines[k];
        if (body === undefined) {
          if (l.trim() === '>') body = [];
          continue;
        }
        if (l.trim() === '> \\' && k + 1 < lines.length && AUTHOR_LINE.test(lines[k + 1])) {
          const [, author, url] = lines[k + 1].match(AUTHOR_LINE)!;
          const text = commentText(body.map((b) => b.replace(/^> ?/, '')));
          if (text && !isSpam(author, text)) out.push({ page, i: i++, text, author, staff: url.includes(STAFF_PROFILE) });
          body = undefined;
          k++;
          continue;
        }
        body.push(l);
      }
    }
    return out;
  },
} satisfies CommentSource;
