// ion-general mailing list (lists.berlios.de, January 2007 - March 2012): the general/help list of the Ion tiling
// window manager (Ion3), English. Users ask how to configure frames, key bindings, Xinerama and Lua scripts, report
// crashes and odd behaviour, and the author answers. Read from BackupTheBerlios/ion-general-maillist at a2f13dd (HEAD),
// the Mailman/pipermail archive: <YYYY>-<Month>.txt, one mbox-like text file per month (1951 mails).
//
// Threads, page rule and text: scripts/sources/pipermail.ts (75 threads of 2-12 mails; footer "Ion-general mailing
// list", which the archive rarely shows).
//
// Staff: Tuomo Valkonen (tuomov at iki.fi), Ion's author and sole maintainer, who set up the list and writes more than
// a third of its mails; the other frequent posters are users and third-party script/package maintainers.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'ion-list',
  repo: 'BackupTheBerlios/ion-general-maillist',
  commit: 'a2f13ddcfda773b83a39ecb0914d1b91b4d7cfad',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^ion-general mailing list$/i,
      staff: [/tuomo\s+valkonen/i, /tuomov at iki\.fi/i],
      threads: 75,
      minMessages: 2,
      maxMessages: 12,
    }),
} satisfies CommentSource;
