// canorus-user mailing list (lists.berlios.de, 2007-2012): the user list of Canorus, a free cross-platform music
// score editor (Qt, LilyPond/MusicXML import and export). English. Users ask how to build and install it, how to
// enter notes, report crashes and wrong output, and the developers answer. Read from
// BackupTheBerlios/canorus-user-maillist at 96051e4 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz,
// one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (60 threads of 2-20 mails: every such thread the archive has, taken
// evenly spread; footer "Canorus-user mailing list").
//
// Staff: the Canorus development team on Berlios: Matevž Jekovec (project founder and lead, signs the release
// announcements "Canorus development team"), Reinhard Katzmann (developer: Windows builds, packaging, MIDI), Itay Perl
// and Georg Rudolph (developers who answer build and code questions). In 2007 the archive replaced the sender of
// about a hundred mails with the list's own address ("canorus-user at lists.berlios.de"), so those mails carry no
// sender. For those mails only, the reader marks staff by the developers' own sign-off in the mail's own text (lines
// not quoted with ">", before any "----- Original Message" block): "- Matevž" (the ž comes out as "?"), "Reinhard"
// or his "Project: Canorus - the next generation music score editor" signature, "Itay", "Georg".
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'canorus-list',
  repo: 'BackupTheBerlios/canorus-user-maillist',
  commit: '96051e452c9a13d2d83e6897a34911c2b10f8530',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^canorus-user mailing list$/i,
      staff: [/matevz\.jekovec/i, /matev\S*\s*jekovec/i, /suamor@|suamor at web\.de|reinhard\s+katzmann/i, /itay\.?\s*perl/i, /georg\.?\s*rudolph/i],
      threads: 60,
      minMessages: 2,
      maxMessages: 20,
    }).map((c) => (!c.staff && LIST_ADDRESS.test(c.author ?? '') && signedByStaff(c.text) ? { ...c, staff: true } : c)),
} satisfies CommentSource;

const LIST_ADDRESS = /^canorus-user at lists\.berlios\.de$/i;
const STAFF_SIGN_OFF = /^(?:-\s*Mat[eE]v\S*(?:\s+Jekovec)?|Itay|Georg|Reinhard)\s*$|Project: Canorus - the next generation/i;

function signedByStaff(text: string): boolean {
  const own = text.split(/-----\s*Original Message/)[0];
  return own.split('\n').some((line) => !line.startsWith('>') && STAFF_SIGN_OFF.test(line.trim()));
}
