// gpt-usuarios mailing list (lists.berlios.de, 2006-2012): the users' list of G-Portugol (GPT), a free compiler and
// interpreter for a Portuguese-keyword teaching language ("algoritmo ... fim-algoritmo") used in Brazilian programming
// courses. Brazilian Portuguese. Users ask how to install and build it (Ubuntu, Windows, BSD), report compile errors
// and wrong behaviour of their programs, and discuss the language; the author and the v2 developers answer and also
// use the list for design threads, which make up most of it (2007-2008: syntax, VM, bindings; about 80% of the mails
// are the two developers'). Read from BackupTheBerlios/gpt-usuarios-maillist at 8e720e2 (HEAD), the
// Mailman/pipermail archive: <YYYY>-<Month>.txt[.gz], one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (70 of the 131 threads of 2-20 mails, evenly spread
// over 2006-2012 by the root's date). This archive was written by a Portuguese-localised Mailman, which pipermail.ts
// reads as such: the "From <addr> em <host>  <date>" message separator ("em" for "at"), "-------------- Próxima Parte
// ----------" (next part) and the "Um anexo em HTML / não-texto foi limpo..." notes (attachment scrubbed). It also
// drops a mail whose only own line is a Portuguese attribution ("Em 07/12/07, Fulano <...> escreveu:") above quoted
// lines, and the block the project's web forum gateway (gpt.berlios.de/forum, 2007-2008) added to the mails it sent,
// between two "-------------------- m2f --------------------" lines ("Mensagem enviada pelo fórum online ... Leia o
// tópico aqui: <url>"), also when quoted.
//
// Staff: the project's developers: Thiago Silva (author and maintainer of G-Portugol, by far the most frequent
// poster) and Alex Sandro Garzão (developer of GPT v2, commits the GptASM/GptVM code to the repository).
import { readPipermailList, type PipermailList } from './pipermail';
import type { CommentSource } from './source';

/** This list's own pipermail.ts options (footer name, staff patterns), the same for every set of it. */
export const LIST: Pick<PipermailList, 'footerName' | 'staff'> = {
  footerName: /^gpt-usuarios mailing list$/i,
  staff: [/thiago\s+silva/i, /tsilva/i, /garz[aã]o/i],
};
/** The candidate threads of the first set: 2-20 mails. */
export const MIN_MESSAGES = 2;
export const MAX_MESSAGES = 20;

export default {
  id: 'gportugol-list',
  repo: 'BackupTheBerlios/gpt-usuarios-maillist',
  commit: '8e720e2c295b0b5f5c93df49e112cf495d53cdc6',
  read: (files) =>
    readPipermailList(files, {
      ...LIST,
      threads: 70,
      minMessages: MIN_MESSAGES,
      maxMessages: MAX_MESSAGES,
    }),
} satisfies CommentSource;
