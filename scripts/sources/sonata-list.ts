// sonata-users mailing list (lists.berlios.de, 2006-2010): the users' list of Sonata, a GTK music player client for
// MPD, English. Users ask how to install and use it, report crashes and wrong behaviour, send feature requests and
// patches; the developers answer and announce releases. Read from BackupTheBerlios/sonata-users-maillist at 0931d80
// (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz, one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (threads of 2-20 mails, evenly spread over time; footer
// "Sonata-users mailing list").
//
// Staff: Sonata's developers. Scott Horowitz (stonecrest) wrote Sonata, maintained it until 2009 and announced the
// releases; in "Sonata is under new maintainership" (2009-09) Stephen Boyd (bebarino) says Scott handed the project
// over to Tuukka Hastrup and him, and Tuukka had already been working on the code (the plugin system, the library
// search) and answering on the list. From 2010 the project moved to codingteam.net; there François Ribémont ("Paco")
// speaks for the team (calls for translators, the planned plugin-system rewrite, the bug tracker and chat room) and
// Jonathan Ballet (multani) had his tray-icon and reconnection branches taken into mainline and reviews patches as a
// developer; both are counted as staff (their few earlier mails included).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'sonata-list',
  repo: 'BackupTheBerlios/sonata-users-maillist',
  commit: '0931d801aea8a5653087d512de8d6e78afebda31',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^sonata-users mailing list$/i,
      staff: [/scott\s+horowitz/i, /stonecrest/i, /tuukka/i, /stephen\s+boyd/i, /bebarino/i, /ribemont\.francois/i, /jonathan\s+ballet/i, /multani/i],
      threads: 60,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
