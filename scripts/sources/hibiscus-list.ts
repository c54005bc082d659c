// Hibiscus-devel mailing list (lists.berlios.de, 2007-2013): the list of Hibiscus, an open-source home-banking
// program (HBCI/FinTS, a plugin of the Jameica platform), and of the Jameica plugins around it, German. It is a
// developer list, but an open one: users of Hibiscus come to it with set-up problems (chip-card readers, banks that
// refuse a business transaction, standing orders, errors in the log), and plugin authors ask how to use the Jameica
// API; the two developers also discuss their changes, announce API changes, betas and releases here. Read from
// BackupTheBerlios/hibiscus-devel-maillist at 09f86c0 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz
// (2013-May.txt plain), one mbox-like text file per month (the per-message HTML pages next to them are not read).
//
// Why this list: the brief's German/French leads were too small or not help lists here: capisuite-users has 31 mails
// in all, delilinux-user 24, dtacho-users 16, smb4k-devel 81; jelix-public (French) is 733 SVN commit notices out of
// 854 mails, and its text files lost every accented letter to "?" (only the HTML pages keep them). Hibiscus-devel
// (243 mails, German) was the largest German list found with people asking and reporting.
//
// Page rule: the archive is small, so every candidate thread is taken: all threads of 1-30 mails whose root is a
// fresh mail (one-mail threads included: announcements, and questions whose answer was not threaded), 84 in all
// (one of them has no text of its own left and gives no comment); `threads` is set to that number so the even spread
// takes each one (a smaller number would skip one). Threads, page rule and text:
// scripts/sources/pipermail.ts (footer "Hibiscus-devel mailing list"). Replies whose parent is not in the archive
// (answers to digests, "Re:" roots) are not pages. One spam mail (a "referral link" in 2013) is left out, which leaves
// its page empty. Two mails were sent to the list twice and so open two identical pages each (2007-03 praise of the
// category view, 2007-07 standing-order error); both copies are kept.
//
// Staff: Olaf Willuhn, author and maintainer of Hibiscus and Jameica (he writes the release and API announcements and
// answers nearly every question, 120 of the 243 mails), and Heiner Jostkleigrewe, author of JVerein and OBanToo, who
// programs parts of Hibiscus itself (the category and income/expense reports are his, committed to the Hibiscus CVS)
// and coordinates the releases with Olaf. Stefan Palme, author of the HBCI4Java library Hibiscus uses, posts twice
// and is not counted as staff (a separate project).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'hibiscus-list',
  repo: 'BackupTheBerlios/hibiscus-devel-maillist',
  commit: '09f86c0f0d378326e9955071ac9f234c9eac5772',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^Hibiscus-devel mailing list$/i,
      staff: [/willuhn/i, /jostkleigrewe|heiner at jost-net\.de/i],
      threads: 84,
      minMessages: 1,
      maxMessages: 30,
      leaveOut: /olivertheobald at aol\.com/i,
    }),
} satisfies CommentSource;
