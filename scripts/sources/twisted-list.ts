// twisted-python mailing list (twistedmatrix.com, 2001-2021): the general/help list of Twisted, the Python networking
// framework, English. Users ask how to write protocols, use Deferreds, twistd, conch, web, trial, and report
// problems; Twisted's core developers answer. Read from twisted/pipermail at 75a0ed2 (HEAD), the Mailman/pipermail
// archive of Twisted's lists, one folder per list; this set reads twisted-python/<YYYY>-<Month>.txt only.
//
// The archive keeps every month twice (<month>.txt and <month>.txt.gz, same messages) and pipermail.ts reads all
// <YYYY>-<Month>.txt(.gz) files at the repository root, so the reader is given a view of the twisted-python folder
// holding only the plain .txt files. Months before 2001 (a "1945-February" file of mis-dated mails) are left out.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (90 threads of 2-12 mails; footer "Twisted-Python
// mailing list").
//
// Staff: Twisted's core developers / committers, who answer with authority on the list (release managers, authors
// of the modules asked about, people who fix and review): Glyph Lefkowitz (also as "glyph at divmod.com"), Jean-Paul
// Calderone (exarkun), Itamar Shtull-Trauring / Turner-Trauring, Christopher Armstrong (radix), Moshe Zadka, Andrew
// Bennetts, Thomas Herve, Amber Brown (HawkOwl), Wilfredo Sanchez, Adi Roiban, Tom Prince, Jonathan Lange (jml),
// Tristan Seligmann, Ralph Meijer, Kevin Turner (acapnotic), Sean Riley, Brian Warner, James Y Knight, Tommi
// Virtanen, Jessica McKellar, Alex Gaynor (security announcements), Allen Short, Paul Swartz, Donovan Preston,
// Stephen Thorne, Cory Benfield, Mark Williams.
import { readPipermailList } from './pipermail';
import type { RepositoryFiles, CommentSource } from './source';

const DIR = 'twisted-python/';

function listFolder(files: RepositoryFiles): RepositoryFiles {
  return {
    list: (prefix = '') =>
      files
        .list(DIR + prefix)
        .map((p) => p.slice(DIR.length))
        .filter((p) => /^\d{4}-[A-Za-z]+\.txt$/.test(p) && Number(p.slice(0, 4)) >= 2001),
    read: (path, encoding) => files.read(DIR + path, encoding),
  };
}

export default {
  id: 'twisted-list',
  repo: 'twisted/pipermail',
  commit: '75a0ed20ffa55cc4354dc11e725a2f2c096f566c',
  read: (files) =>
    readPipermailList(listFolder(files), {
      footerName: /^twisted-python mailing list$/i,
      staff: [
        /glyph/i,
        /exarkun|calderone/i,
        /itamar/i,
        /christopher\s+armstrong|chris\s+armstrong|radix/i,
        /kevin\s+turner|acapnotic/i,
        /sean\s+riley/i,
        /brian\s+warner/i,
        /james\s+y\.?\s+knight|foom/i,
        /tommi\s+virtanen/i,
        /jessica\s+mckellar/i,
        /alex\s+gaynor/i,
        /moshe\s+zadka|moshez/i,
        /andrew\s+bennetts|spiv/i,
        /thomas\s+herv/i,
        /amber\s+(?:hawkie\s+)?brown|hawkowl|hawkie/i,
        /wilfredo|wsanchez/i,
        /adi\s+roiban/i,
        /tom\s+prince/i,
        /jonathan\s+lange|\bjml\b/i,
        /tristan\s+seligmann|mithrandi/i,
        /ralph\s+meijer/i,
        /allen\s+short|washort/i,
        /paul\s+swartz/i,
        /donovan\s+preston/i,
        /stephen\s+thorne/i,
        /cory\s+benfield/i,
        /mark\s+williams/i,
      ],
      threads: 90,
      minMessages: 2,
      maxMessages: 12,
    }),
} satisfies CommentSource;
