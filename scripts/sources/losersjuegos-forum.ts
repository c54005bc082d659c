// LosersJuegos (losersjuegos.com.ar/foro, phpBB 3 "prosilver", Spanish, 2005-2013): the forum of an Argentine
// community that makes free (libre) video games, run by Hugo Ruscitti, who also hosted there the support forum of his
// game engine Pilas (pilas-engine). Users ask how to install and use SDL, pygame, Allegro, Pilas, Python or C++, and
// report errors and bugs. Source: hugoruscitti/losersjuegos.com.ar, a wget mirror of the whole site; every topic's
// first page is foro/viewtopic.php-f=<forum>&t=<topic>.html.
//
// Page rule (fixed, deterministic): the topic pages of the four help boards -- f=6 "Sobre las bibliotecas
// multimedia", f=7 "Instalación de bibliotecas y herramientas", f=8 "Sobre lenguajes de programación" and f=24 (Pilas
// Engine) "Consultas, problemas o bugs." -- whose pagination says "Página 1 de 1" (the whole topic is on the page; the
// mirror lacks later pages) and that hold 3 to 15 posts, opener included; sorted by topic id (= creation order); keep
// every STEP-th, starting with the OFFSET-th (index % STEP === OFFSET). All posts of each kept topic, in page order,
// the opener as i = 0; a post whose text is empty is skipped. page = "t<topic id>".
//
// Staff: phpBB colours the names of its team: Hugo Ruscitti (hugoruscitti, site owner and administrator, red
// #AA0000) and the global moderators (green #00AA00: shackra, carlostex, algarafa). staff = the post's author link
// carries phpBB's class "username-coloured".
//
// Text: div.content of each post (the signature, div.signature, and the "edited by" notice are outside it and are
// dropped) as plain text with htmlToText: <br> -> line breaks, entities decoded, tags dropped, smiley images -> their
// alt text (":D", ":roll:"). Quotes (<blockquote><div><cite>X escribió:</cite>…) are kept with every line prefixed
// "> ", the "X escribió:" header on its own line (a line break is put after </cite>). Code boxes keep their "Código:" header (the "Seleccionar todo"
// button is dropped) and the code, line by line. Links show their text as phpBB printed it (long URLs shortened with
// " ... ").
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

export const REPO = 'hugoruscitti/losersjuegos.com.ar';
export const COMMIT = '51b14b2eab994a092c8b213ed8384f77eb2e1e22';
export const BOARDS = new Set([6, 7, 8, 24]);
export const MIN_POSTS = 3;
export const MAX_POSTS = 15;
export const STEP = 5;
export const OFFSET = 2;

export interface Post {
  author: string;
  staff: boolean;
  html: string;
}

export function parseTopic(html: string): { complete: boolean; posts: Post[] } {
  const { document } = parseHTML(html);
  const pag = String(document.querySelector('div.pagination')?.textContent ?? '').replace(/\s+/g, ' ');
  const complete = /Página 1 de 1\b/.test(pag);
  const posts: Post[] = [];
  for (const div of [...document.querySelectorAll('div.post')] as any[]) {
    if (!/^p\d+$/.test(String(div.getAttribute('id') ?? ''))) continue;
    const link = div.querySelector('p.author strong a') ?? div.querySelector('p.author strong');
    const author = String(link?.textContent ?? '').trim();
    const staff = !!link && String(link.getAttribute?.('class') ?? '').split(/\s+/).includes('username-coloured');
    const content = div.querySelector('div.content');
    if (!content) continue;
    for (const dt of [...content.querySelectorAll('dl.codebox dt')] as any[]) {
      for (const a of [...dt.querySelectorAll('a')] as any[]) a.remove();
      dt.textContent = String(dt.textContent).trim();
    }
    posts.push({ author, staff, html: String(content.innerHTML).replace(/<\/cite>/g, '</cite><br />') });
  }
  return { complete, posts };
}

/**
 * The comments of the candidate topics (see the rule above) whose position in topic-id order passes `keep`; the sets
 * of this forum differ only in that rule.
 */
export function readTopics(files: RepositoryFiles, keep: (position: number) => boolean): SourceComment[] {
  const topics: { id: number; posts: Post[] }[] = [];
  for (const path of files.list('foro/')) {
    const m = /^foro\/viewtopic\.php-f=(\d+)&t=(\d+)\.html$/.exec(path);
    if (!m || !BOARDS.has(Number(m[1]))) continue;
    const { complete, posts } = parseTopic(files.read(path));
    if (!complete || posts.length < MIN_POSTS || posts.length > MAX_POSTS) continue;
    topics.push({ id: Number(m[2]), posts });
  }
  topics.sort((a, b) => a.id - b.id);
  const out: SourceComment[] = [];
  topics.forEach((t, j) => {
    if (!keep(j)) return;
    let i = 0;
    for (const p of t.posts) {
      const text = htmlToText(p.html, { moreBlocks: ['DT', 'DD', 'DL'] });
      if (!text) continue;
      out.push({ page: `t${t.id}`, i: i++, text, author: p.author, staff: p.staff });
    }
  });
  return out;
}

const read = (files: RepositoryFiles) => readTopics(files, (j) => j % STEP === OFFSET);

export default { id: 'losersjuegos-forum', repo: REPO, commit: COMMIT, read } satisfies CommentSource;
