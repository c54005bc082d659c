// victoriarolanda.com.ar, second set: posts of the IntenseDebate export that the first set
// (scripts/sources/victoriarolanda-blog.ts, whose header describes the source, the text conversion and the staff rule)
// leaves out. Same repository, commit, field/entity decoding, text conversion, thread order, spam list, comment cap and
// staff names/addresses: this reader runs the first reader's readPosts with its own index rule, spam, editor names and
// note authors.
//
// PAGE RULE (fixed, deterministic): all <blogpost> elements sorted by their decoded <url> exactly as in the first set,
// then every 4th one starting with the third (indexes 2, 6, 10, ...; the first set takes 0, 4, 8, ..., so the two sets
// share no page): 98 posts spread over 2008-2012. Each post's comments in the first set's thread order (top-level by
// <gmt>, ties by id, each followed by its replies), the first 20 after dropping empty comments and spam
// (the first set's SPAM plus SPAM_2). page = the post's path without host and ".html".
// STAFF: as in the first set: the editors (STAFF_NAMES / STAFF_EMAILS / a victoriarolanda.com.ar address or url, plus
// the two further editor sign-ins in STAFF_NAMES_2) and the note's own author commenting under that note, listed per
// page in AUTHORS_2 (found by reading the threads: the columnist answering readers or named as the note's author).
// No spam was found on these pages (SPAM_2 is empty).
import victoriarolandaBlog, { EVERY, SPAM, STAFF_NAMES, readPosts } from './victoriarolanda-blog';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const OFFSET = 2;
/** IntenseDebate ids of spam on this set's posts. */
const SPAM_2 = new Set<string>([]);
/**
 * Further sign-ins of the magazine's editors met on this set's pages: the magazine's own Twitter account and Eugenia
 * Rombolá signing "Euge R." (lower-cased, like STAFF_NAMES).
 */
const STAFF_NAMES_2 = new Set(['@victoriarolanda', 'euge r.']);
/** The note's author on pages where they comment under their own note. */
const AUTHORS_2: Record<string, string[]> = {
  '2009/09/buscar-trabajo-es-un-gran-trabajo': ['Josefina'],
  '2009/10/diez-motivos-para-mirar-el-secreto-de': ['Natalia Alabel'],
  '2009/11/blanco-y-negro': ['Clara, de veintipico'],
  '2009/11/las-cronicas-de-la-antiembarazada': ['Flor, antiembarazada'],
  '2009/11/solo-pretendo-una-foto-de-usted': ['Alvaro'],
  '2010/01/pensa-en-verde-sin-perder-el-glamour': ['My Magazine'],
  '2010/02/el-hombre-que-amaba-las-mujeres': ['Simona'],
  '2010/02/san-valentin-apesta': ['Minima'],
  '2010/03/el-curso-de-preparto': ['Flor'],
  '2010/04/que-es-eso-de-que-vuelven-los-80s': ['Josefina'],
  '2010/05/crisis': ['robertita'],
  '2010/05/maduro': ['Minima'],
  '2010/05/revolucion': ['Minima'],
  '2010/09/en-peru-esta-la-posta': ['Aurelia'],
  '2010/09/no-quiero-un-amor-ecologico': ['blonda'],
  '2010/10/mamma-mia': ['blonda'],
  '2010/10/son-la-seis': ['robertita'],
  '2010/11/poder-ver-con-esos-ojos': ['diego'],
  '2010/11/te-gusta-o-no-te-gusta-el-escenario': ['robertita'],
  '2010/12/esta-todo-bien-no-pasa-nada': ['Barbara los Treinta'],
  '2010/12/lo-que-ellas-quieren': ['Jota'],
  '2011/02/el-cisne-negro': ['Nati Alabel'],
  '2011/03/el-fenomeno-de-la-murga': ['robertita'],
  '2011/03/malefica-la-belleza-del-mal-puro': ['Nati Alabel'],
  '2011/04/de-celos-somos': ['Jota'],
  '2011/04/mi-casa-mi-bicho': ['Melisa'],
  '2011/05/virtualmente-te-amo': ['Jota'],
  '2011/06/el-primer-aniversario': ['Meli Sansotta'],
  '2011/07/fren-chu-bi-fren': ['Ale Perazzo'],
  '2012/04/babosos': ['Melisa'],
  '2012/04/que-dificil-es-tu-mundo-interior': ['Jota'],
};

export default {
  id: 'victoriarolanda-blog-2',
  repo: victoriarolandaBlog.repo,
  commit: victoriarolandaBlog.commit,
  read(files: RepositoryFiles): SourceComment[] {
    return readPosts(files, (index) => index % EVERY === OFFSET, {
      spam: new Set([...SPAM, ...SPAM_2]),
      staffNames: new Set([...STAFF_NAMES, ...STAFF_NAMES_2]),
      authors: AUTHORS_2,
    });
  },
} satisfies CommentSource;
