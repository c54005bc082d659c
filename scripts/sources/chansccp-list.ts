// chan-sccp-users mailing list (lists.berlios.de, 2007-2012): the users' list of chan_sccp, the Asterisk channel
// driver for Cisco IP phones speaking the Skinny (SCCP) protocol, and of its 2007 successor chan-sccp-b. English
// (many posters are Italian or German but write in English; one mail of the set, a note between two developers, is
// Italian). Users report phones that do not register, crashes, audio and transfer problems, firmware trouble, and ask
// how to configure it; the driver's developers answer, send patches and announce releases. Read from
// BackupTheBerlios/chan-sccp-users-maillist at 29dbbe3 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt, one
// mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (threads of 2-20 mails; the archive has 96 such threads,
// 2007-2009, and all of them are taken; footer "Chan-sccp-users mailing list").
//
// Staff: chan_sccp's and chan-sccp-b's developers. Sergio Chersovani (mlists at c-net.it) is the author of chan_sccp
// (the \author of its sources; on the list he explains why the driver emulates a line for speeddial status and asks for
// fixes "as a diff file from the latest tarball"); the sources also name Zozo, Jan Czmok and Julien Goodwin. The AUTHORS
// file of chan-sccp-b lists Anthony Shaw, Marcello Ceschia, Scotchy (Scot Meyer), David Dederscheck, Andrew Lee,
// Diederik de Groot, Federico Santulli ("Features Code by Federico Santulli" in the sources), Geoff Thornton,
// macdiver and Sebastian Vetter; David Dederscheck announces the chan-sccp-b releases on this list and Marcello
// Ceschia moved its code to SourceForge's svn. All of them count as staff (their earlier mails included).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'chansccp-list',
  repo: 'BackupTheBerlios/chan-sccp-users-maillist',
  commit: '29dbbe3bfd8851a597dff1f73f41bb7ebd739066',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^chan-sccp-users mailing list$/i,
      staff: [
        /chersovani/i,
        /\bmlists at c-net\.it\b/i,
        /\bczmok\b/i,
        /julien goodwin/i,
        /\bzozo\b/i,
        /anthony(\.p\.|\s+)shaw/i,
        /ceschia/i,
        /scotchy|^scot meyer$/i,
        /dederscheck|\bdavidded\b/i,
        /\bandrew\.lee at nexxient\.com\b|^andrew lee$/i,
        /diederik|ddegroot/i,
        /santulli|\bmobile at nhm\.it\b/i,
        /geoff thornton|\bgthornton\b/i,
        /macdiver/i,
        /sebastian vetter|sebbbl/i,
      ],
      threads: 96,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
