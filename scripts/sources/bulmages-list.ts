// bulmages-main mailing list (lists.berlios.de, 2008-2014): the main list of BulmaGés, a free accounting, invoicing
// and point-of-sale suite (BulmaCont, BulmaFact, BulmaTPV) for small businesses in Spain. Mostly Spanish, some
// Catalan, a few French/English mails. Users ask how to install and use it and report errors; the developers answer
// and also discuss development there (much of the list is developer talk; there is no separate user list). Read from
// BackupTheBerlios/bulmages-main-maillist at 537785e (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails; footer "Bulmages-main
// mailing list"). This Mailman was localised to Spanish, which pipermail.ts does not expect, so the month files are
// handed to it through a small adapter that maps the two localised lines back to Mailman's English ones: the message
// separator "From <addr> en <host>  <date>" (Spanish "en" for "at"; without this no mail is found at all) and the
// scrubbed-attachment separator "------------ próxima parte ------------" (followed by "Se ha borrado un adjunto en
// formato HTML..." and a URL), so that pipermail.ts drops the attachment notes as usual. The adapter also leaves
// out the mails of automated senders (SVN/git commit mails from mail.berlios.de, Gitorious pushes, the BerliOS bug
// tracker and the project's Redmine (admin en berlios.de / bulmages.es), IFTTT, LinkedIn, Tuenti and Google+
// notices): they are not comments, and a human reply to one of them then opens with "Re:" and an In-Reply-To and so
// is no candidate root. The month files mix UTF-8 and Latin-1 mails (pipermail.ts reads a file as one or the other),
// so the adapter decodes each line by itself. Nothing else is changed.
//
// Staff: the project's core developers. Many people got commit access for a patch or two (the list carries the
// SVN/git commit mails, "Author: ..."), so the rule is: the authors of at least 40 commits in those mails, who are
// also the ones answering with authority: Tomeu Borras (tborras, founder and lead developer, Conetxia), Daniel
// Ripoll, Fco. Javier M. C. (fcojavmc), Henri Girard (girardhenri, posts as aishen; French translation), Walter
// Garcia-Fontes (wgarcia), Raül Martínez i Peris (elferrer, later raul en cuchame.es; icons and translation), Xavi
// Drudis Ferran (xdrudis), Leopold Palomo-Avellaneda (lepalom, build system), Arturo Martín Lladó (arturo_ml,
// Conetxia), Tony Alvarez (talvarez) and hilex (Hilex Transformaciones Metálicas).
import { readPipermailList } from './pipermail';
import type { CommentSource, RepositoryFiles } from './source';

const MAIL_START = /^From (\S+) en (\S+)(\s+\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}\s*)$/;
const NEXT_PART = /^-{12} pr(?:ó|\u00c3\u00b3)xima parte -{12}\s*$/;
/** Senders that are machines: commit, bug-tracker, wiki and social-network notifications. */
const AUTOMATED = new RegExp(
  [
    /^From: (svn|git) en mail\.berlios\.de/.source,
    /^From: admin en (berlios\.de|bulmages\.es)/.source,
    /^From: no-?reply\S* en (gitorious\.org|plus\.google\.com)/.source,
    /^From: \S+ en (ifttt\.com|linkedin\.com|tuenti\.com)\b/.source,
  ].join('|'),
);

/**
 * A month file as pipermail.ts expects it: Mailman's Spanish separator lines put back in English, and the mails of
 * automated senders left out (each mail runs from its "From <addr> en <host>  <date>" line to the next one).
 */
function monthText(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let keep = true;
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(MAIL_START);
    if (m && (i === 0 || lines[i - 1] === '') && /^From: /.test(lines[i + 1] ?? '')) {
      keep = !AUTOMATED.test(lines[i + 1]);
      if (keep) out.push(`From ${m[1]} at ${m[2]}${m[3]}`);
      continue;
    }
    if (keep) out.push(NEXT_PART.test(lines[i]) ? '-------------- next part --------------' : lines[i]);
  }
  return out.join('\n');
}

// Month files mix UTF-8 and Latin-1 mails, so each line is decoded on its own: UTF-8 when its bytes are valid UTF-8,
// else windows-1252. The bytes are recovered from a windows-1252 reading (that decoder maps every byte to one char).
const CP1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, b) => b));
const BYTE = new Map([...CP1252].map((ch, b) => [ch, b]));
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WIN = new TextDecoder('windows-1252');

function decodeLines(raw: string): string {
  const bytes = Uint8Array.from([...raw], (ch) => BYTE.get(ch)!);
  const lines: string[] = [];
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      lines.push(UTF8.decode(line));
    } catch {
      lines.push(WIN.decode(line));
    }
    start = end + 1;
  }
  return lines.join('\n');
}

const english = (files: RepositoryFiles): RepositoryFiles => ({
  list: (prefix) => files.list(prefix),
  read: (path) => monthText(decodeLines(files.read(path, 'windows-1252'))),
});

export default {
  id: 'bulmages-list',
  repo: 'BackupTheBerlios/bulmages-main-maillist',
  commit: '537785e09712ccada6635032b2672a677c20a39f',
  read: (files) =>
    readPipermailList(english(files), {
      footerName: /^bulmages-main mailing list$/i,
      staff: [
        /tborras|tomeu\s+borr[aà]s/i,
        /daniel\s+ripoll|dripoll|danielripoll|meph\.snake/i,
        /fcojavmc/i,
        /aishen\s+en\s+free|henrigirard|girardhenri|henri\s+girard/i,
        /walter\.garcia|garcia-fontes/i,
        /elferrer|raul en cuchame\.es/i,
        /xdrudis/i,
        /leo\s+en\s+alaxarxa|leopold\.palomo/i,
        /amartin\s+en\s+conetxia|antar_cheran|arturo\.ml/i,
        /t\.alvarezpascual/i,
        /hilex\s+en\s+metalica-hilex/i,
      ],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
