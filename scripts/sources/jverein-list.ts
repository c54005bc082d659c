// JVerein-Mailliste (lists.berlios.de, 2006-2009): the mailing list of JVerein, an open-source club-membership
// program (a Jameica plugin, like the Hibiscus home-banking program), German. Users ask how to do things (contribution
// groups, imports, lists, direct-debit files), report errors at start-up or in the accounting run, and the developer
// answers; the developer also announces new (developer) versions here. Read from
// BackupTheBerlios/jverein-mailliste-maillist at 50e511c (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt,
// one mbox-like text file per month (the per-message HTML pages next to them are not read).
//
// The archive is small (113 mails, Dec 2006 - Dec 2009), so the page rule takes every candidate thread: all threads
// of 1-30 mails whose root is a fresh mail (one-mail threads included: announcements, and questions whose answer was
// not threaded), 71 in all; `threads` is set to that number so the even spread takes each one. Threads, page rule and
// text: scripts/sources/pipermail.ts (footer "JVerein-Mailliste mailing list"). Many replies here carry no
// In-Reply-To/References header, so they open a one-mail page of their own; replies whose parent is not in the archive
// (answers to digests) are left out.
//
// German Mailman: this list's archive was written in German ("-------------- nächster Teil --------------", "Ein
// Dateianhang mit HTML-Daten/Binärdaten wurde abgetrennt..."), which pipermail.ts knows: the notes and their field
// lines are dropped, and the text is cut at the "nächster Teil" line, unless the mail's first part was the scrubbed
// HTML one (its plain text then follows that line).
//
// Staff: Heiner Jostkleigrewe, JVerein's author and maintainer (he writes the release announcements and answers most
// questions: "Ich bin JVerein"), and Olaf Willuhn, author of Jameica/Hibiscus, who helped program JVerein and answers
// on the list with authority about Jameica.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'jverein-list',
  repo: 'BackupTheBerlios/jverein-mailliste-maillist',
  commit: '50e511cc70696ad9c42754ee330edf2c0b8f6c5f',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^JVerein-Mailliste mailing list$/i,
      staff: [/jostkleigrewe|heiner at jost-net\.de/i, /willuhn/i],
      threads: 71,
      minMessages: 1,
      maxMessages: 30,
    }),
} satisfies CommentSource;
