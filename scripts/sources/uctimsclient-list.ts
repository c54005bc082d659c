// uctimsclient-users mailing list (lists.berlios.de, 2007-2013): the help list of the UCT IMS Client, an open-source
// IMS/SIP soft phone (with an IPTV server and presence/XDMS support) from the Communications Research Group of the
// University of Cape Town, mostly used with the Fraunhofer FOKUS OpenIMSCore. English. Users (students, labs) ask how
// to install and register the client, report crashes and failed calls/streams; the UCT developers answer.
// Read from BackupTheBerlios/uctimsclient-users-maillist at 5142ec8 (HEAD), the Mailman/pipermail archive:
// <YYYY>-<Month>.txt(.gz), one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (100 threads of 2-20 mails; footer
// "Uctimsclient-users mailing list").
//
// Staff: the client's developers at UCT's Communications Research Group, who post the release announcements and
// answer with authority ("we reject calls ...", "fixed in the next release"): everyone writing from
// crg.ee.uct.ac.za (Richard Good, Dave Waiting, Robert Marston, ...), Dave Waiting also from his gmail and later Telkom addresses ("David Waiting (DC)")
// (dwaiting), and Richard Spiers, the developer of the UCT IPTV server, who writes from gmail.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'uctimsclient-list',
  repo: 'BackupTheBerlios/uctimsclient-users-maillist',
  commit: '5142ec8d9168300029018dc7e0b2f9ed887dbd41',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^uctimsclient-users mailing list$/i,
      staff: [/crg\.ee\.uct\.ac\.za/i, /dav(?:e|id)\s+waiting/i, /dwaiting/i, /richard\s+spiers/i],
      threads: 100,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
