// yajhfc-user mailing list (lists.berlios.de, 2007-2012): the user list of YajHFC ("Yet another Java HylaFAX
// client"), a Java desktop client for sending and viewing faxes through a HylaFAX server. English: the author is
// German, but the list is held in English; the archive has only a handful of German mails, none among the chosen
// pages, so every comment here is lang "en" (German company signatures and disclaimers under English mails are
// kept). Users ask how to set things up (phone books over LDAP/SQL, cover pages, time zones, printer ports), report
// errors and crashes, and the author answers; he also posts release announcements here. Read from
// BackupTheBerlios/yajhfc-user-maillist at 75d3e5a (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt, one
// mbox-like text file per month (the per-message HTML pages next to them are not read).
//
// Page rule: scripts/sources/pipermail.ts with threads of 1-30 mails (one-mail threads included: release
// announcements and questions nobody answered on the list); the archive has 152 such candidate threads (441 mails), of
// which 138 are taken evenly spread over 2007-2011 (393 mails), to stay near 400 mails. (`threads` must not exceed the
// number of candidates: pipermail.ts stops at j < n, so a larger value silently takes only the oldest part.) Footer
// "Yajhfc-user mailing list". Replies whose thread root is not in the archive (answers to digests, "Re:" roots) are
// not pages.
//
// Staff: Jonas Wolz, YajHFC's author and sole developer (he writes every release announcement and answers most
// questions, 196 of the list's 467 mails).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'yajhfc-list',
  repo: 'BackupTheBerlios/yajhfc-user-maillist',
  commit: '75d3e5a7379e3560cd1fa1da0732d43af810f879',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^Yajhfc-user mailing list$/i,
      staff: [/jonas\s*wolz|jonas\.wolz at /i],
      threads: 138,
      minMessages: 1,
      maxMessages: 30,
    }),
} satisfies CommentSource;
