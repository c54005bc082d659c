// linux-uvc-devel mailing list (lists.berlios.de, 2006-2012): the help/development list of the Linux UVC webcam
// driver, English. Users report cameras that do not work, ask how to use controls, and the driver's maintainer
// answers. Read from BackupTheBerlios/linux-uvc-devel-maillist at 5e1bc56 (HEAD), the Mailman/pipermail archive:
// <YYYY>-<Month>.txt, one mbox-like text file per month (messages start with a "From <addr> at <host>  <date>" line,
// then From/Date/Subject/In-Reply-To/References/Message-ID headers, a blank line and the decoded body).
//
// Why this list: the brief's lead, linux-mailinglist-archives/usrp-users.lists.ettus.com.0, is a public-inbox v2 git
// repository (one commit per message, every commit's tree holds a single file "m"), which the one-commit file reader
// of scripts/sources/source.ts cannot read; the named fallbacks were not usable either (alphalinux-org has no
// snapshot here; r-mailing-lists/data stores parquet, a binary format).
//
// Threads, page rule and text: scripts/sources/pipermail.ts (100 threads of 2-20 mails; footer "Linux-uvc-devel
// mailing list").
//
// Staff: the driver's developers on the Berlios linux-uvc project: Laurent Pinchart (author and maintainer, by far
// the most frequent poster) and Martin Rubli (Logitech, co-developer of the driver and of libwebcam/uvcdynctrl).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'linux-uvc-list',
  repo: 'BackupTheBerlios/linux-uvc-devel-maillist',
  commit: '5e1bc56a1c77b81bf3bcd74aad805d6c402d7512',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^linux-uvc-devel mailing list$/i,
      staff: [/laurent\.?\s*pinchart/i, /martin\s+rubli/i],
      threads: 100,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
