// cdrecord-support mailing list (lists.berlios.de, 2007-2013): the user support list of cdrtools (cdrecord, mkisofs,
// readcd, cdda2wav), English, with the odd German word. Users report burns that fail, drives that are not found,
// mkisofs errors, ask how to build on their platform, and the author answers. Read from
// BackupTheBerlios/cdrecord-support-maillist at a37d88a (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz,
// one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (70 threads of 2-20 mails, evenly spread over time;
// footer "Cdrecord-support mailing list").
//
// Staff: Joerg Schilling (Fraunhofer FOKUS), the author and sole maintainer of cdrtools, who answers nearly half of
// all mails on the list; matched on his name and his fokus.fraunhofer.de address.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'cdrecord-list',
  repo: 'BackupTheBerlios/cdrecord-support-maillist',
  commit: 'a37d88a8cefea0db20d2d09502a06d9211f4ae34',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^cdrecord-support mailing list$/i,
      staff: [/joerg\.schilling at fokus\.fraunhofer\.de/i, /j(oe|ö)rg\s+schilling/i],
      threads: 70,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
