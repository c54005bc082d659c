// gpt-usuarios mailing list (lists.berlios.de, 2006-2012): the users' list of G-Portugol (GPT), a free compiler and
// interpreter for a Portuguese-keyword teaching language ("algoritmo ... fim-algoritmo") used in Brazilian programming
// courses. Brazilian Portuguese. Users ask how to install and build it (Ubuntu, Windows, BSD), report compile errors
// and wrong behaviour of their programs, and discuss the language; the author and the v2 developers answer and also
// use the list for design threads, which make up most of it (2007-2008: syntax, VM, bindings; about 80% of the mails
// are the two developers'). Read from BackupTheBerlios/gpt-usuarios-maillist at 8e720e2 (HEAD), the
// Mailman/pipermail archive: <YYYY>-<Month>.txt[.gz], one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (70 of the 131 threads of 2-20 mails, evenly spread
// over 2006-2012 by the root's date). This archive was written by a Portuguese-localised Mailman, so before parsing,
// each month file's pipermail lines are put back into the English form pipermail.ts reads: the "From <addr> em <host>  <date>" message
// separator ("em" for "at"), "-------------- Próxima Parte ----------" (next part) and the "Um anexo em HTML / não-texto
// foi limpo..." notes (attachment scrubbed). Mail bodies are not touched otherwise. After pipermail.ts, a mail whose
// only own line is a Portuguese attribution ("Em 07/12/07, Fulano <...> escreveu:") with quoted lines is dropped, as
// pipermail.ts drops the English/German ones, and the thread's i are renumbered.
//
// Staff: the project's developers: Thiago Silva (author and maintainer of G-Portugol, by far the most frequent
// poster) and Alex Sandro Garzão (developer of GPT v2, commits the GptASM/GptVM code to the repository).
import { readPipermailList } from './pipermail';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

function englishPipermail(text: string): string {
  return text
    .replace(/^From (\S+) em (\S+)(\s+\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}\s*)$/gm, 'From $1 at $2$3')
    .replace(/^-{14} Pr.xima Parte -{10,14}\s*$/gm, '-------------- next part --------------')
    .replace(/^Um anexo em HTML foi limpo\.\.\.$/gm, 'An HTML attachment was scrubbed...')
    .replace(/^Um anexo n.o-texto foi limpo\.\.\.$/gm, 'A non-text attachment was scrubbed...');
}

// The list was gatewayed from the project's web forum (gpt.berlios.de/forum, 2007-2008): such a mail ends with a block
// the gateway added, between two "-------------------- m2f --------------------" lines ("Mensagem enviada pelo fórum
// online ... Leia o tópico aqui: <url>"). It is forum software's signature, so it is dropped (also when quoted).
const M2F = /^(?:>[> ]*)?-{20} m2f -{20}[ \t]*\n[\s\S]*?^(?:>[> ]*)?-{20} m2f -{20}[ \t]*$/gm;

function quoteOnlyPt(text: string): boolean {
  const own = text.split('\n').filter((l) => l.trim() && !l.startsWith('>'));
  return own.length === 0 || (own.length === 1 && /escreveu\s*:?\s*$/i.test(own[0]));
}

function read(files: RepositoryFiles): SourceComment[] {
  const wrapped: RepositoryFiles = {
    list: (prefix) => files.list(prefix),
    read: (path, encoding) => englishPipermail(files.read(path, encoding)),
  };
  const all = readPipermailList(wrapped, {
    footerName: /^gpt-usuarios mailing list$/i,
    staff: [/thiago\s+silva/i, /tsilva/i, /garz[aã]o/i],
    threads: 70,
    minMessages: 2,
    maxMessages: 20,
  });
  const out: SourceComment[] = [];
  const next = new Map<string, number>();
  for (const c0 of all) {
    const c = { ...c0, text: c0.text.replace(M2F, '').replace(/\n{3,}/g, '\n\n').trim() };
    if (!c.text || quoteOnlyPt(c.text)) continue;
    const i = next.get(c.page) ?? 0;
    next.set(c.page, i + 1);
    out.push({ ...c, i });
  }
  return out;
}

export default {
  id: 'gportugol-list',
  repo: 'BackupTheBerlios/gpt-usuarios-maillist',
  commit: '8e720e2c295b0b5f5c93df49e112cf495d53cdc6',
  read,
} satisfies CommentSource;
