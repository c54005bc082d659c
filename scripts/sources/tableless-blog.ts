// Tableless (tableless.com.br): the Brazilian Portuguese blog on web standards, CSS layouts without tables, XHTML and
// accessibility that Diego Eis ran with Elcio Ferreira; the repository tableless/tableless-2004 keeps the ASP site as it
// was in 2004 (posts of 2003-2004). All posts and their reader comments sit in one XML file, `blog.xml`
// (ISO-8859-1): <blog><mensagem id="N"> with <titulo>, <texto>, an empty element naming the post's author (<diego/>
// or <elcio/>), <data>, then the post's comments in the order they were sent, flat:
// <comentario nome=".." email=".." url=".." [watch=".."]>text</comentario>. The site (funcoesconteudo.asp) stored
// name and text through Server.HTMLEncode (so "ç" is kept as "&#231;", XML-escaped once more as "&amp;#231;") and
// showed the text as HTML (mensagem.asp?id=N, "Comentários:", one <div class="comentario"> per comment).
//
// PAGE RULE (fixed, deterministic, blind to content): take every <mensagem> with a numeric id that holds 2 or more
// <comentario> elements, sort them by id as a number (ascending), and keep every 2nd one starting with the first
// (indices 0, 2, 4, ...). Of each kept post, read the first 20 comments in file order, skipping any whose text comes
// out empty (there are no pingbacks or trackbacks on this site). This gives 48 posts and 260 comments.
//
// page = "mensagem-<id>" (the post's id, as in its address mensagem.asp?id=<id>); i = 0-based position among the
// comments read from that post.
// TEXT: the element's text XML-decoded once (as MSXML gave it to the page), line breaks kept as line breaks (<br>),
// then read as the HTML the page showed: entities such as "&#231;" decoded once, tags (none were let through)
// dropped, runs of blanks squeezed (html-text.ts).
// STAFF: the blog's two authors, Diego Eis (who comments as "Diego", "Diego Eis" or "Diego Alberto Eis") and Elcio
// Ferreira ("Elcio", "Elcio Ferreira"); other Diegos (e.g. "Diego Sampaio") are readers.
import { displayName, htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { xmlDecode } from './wxr';

export const FILE = 'blog.xml';
export const STAFF = new Set(['Diego', 'Diego Eis', 'Diego Alberto Eis', 'Elcio', 'Elcio Ferreira']);

/** The attribute `name` of a start tag, XML-decoded once (still HTML-encoded, as the site stored it). */
function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlDecode(m[1]) : '';
}

/** A comment element's text as the page showed it. */
export const commentText = (raw: string) => htmlToText(xmlDecode(raw).replace(/\r?\n/g, '<br />'));

/** Posts with 2 or more comments, by numeric id, whose 0-based index k passes `keep`; first 20 comments of each. */
export function readPosts(files: RepositoryFiles, keep: (k: number) => boolean): SourceComment[] {
  const xml = files.read(FILE, 'latin1');
  const posts: { id: number; comments: { tag: string; body: string }[] }[] = [];
  for (const m of xml.matchAll(/<mensagem id="(\d+)">([\s\S]*?)<\/mensagem>/g)) {
    const comments = [...m[2].matchAll(/(<comentario\b[^>]*?)(?:\/>|>([\s\S]*?)<\/comentario>)/g)].map((c) => ({
      tag: c[1],
      body: c[2] ?? '',
    }));
    if (comments.length >= 2) posts.push({ id: Number(m[1]), comments });
  }
  posts.sort((a, b) => a.id - b.id);
  const out: SourceComment[] = [];
  posts
    .filter((_, k) => keep(k))
    .forEach(({ id, comments }) => {
      const page = `mensagem-${id}`;
      let i = 0;
      for (const c of comments.slice(0, 20)) {
        const text = commentText(c.body);
        if (!text) continue;
        const author = displayName(attribute(c.tag, 'nome'));
        out.push({ page, i: i++, text, author, staff: STAFF.has(author) });
      }
    });
  return out;
}

export default {
  id: 'tableless-blog',
  repo: 'tableless/tableless-2004',
  commit: 'fd445abd843b443eef91f646ba658234ecb98bd6',
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (k) => k % 2 === 0);
  },
} satisfies CommentSource;
