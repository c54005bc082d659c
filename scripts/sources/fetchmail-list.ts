// fetchmail-users mailing list (lists.berlios.de, 2004-2014): the user help list of fetchmail, the POP3/IMAP mail
// retrieval and forwarding tool, after the "Community Fetchmail" team took it over from Eric S. Raymond. English.
// Users post their .fetchmailrc and logs, ask how to set up multidrop, SSL, MDAs and ask why mail is lost or
// duplicated; the maintainer and list regulars answer; release announcements are posted here too. Read from
// BackupTheBerlios/fetchmail-users-maillist at 98970bb (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz, one
// mbox-like text file per month (the repository also holds pipermail's HTML pages, which are not read).
//
// Threads, page rule and text: scripts/sources/pipermail.ts (90 threads of 2-20 mails; footer "fetchmail-users
// mailing list").
//
// Staff: the Community Fetchmail team and the list's admins. Matthias Andree (maintainer, signs the releases, by far
// the most frequent poster, also from other addresses); Rob MacGregor (list admin: "as one of the list admins, I'll
// unsubscribe ..."; the second most frequent answerer, also as "Rob" from rob_macgregor@hotmail); Rob Funk and
// Graham Wilson (co-maintainers named with Matthias Andree and ESR in fetchmail's copyright lines); Sunil Shetye
// (developer: author of many of the patches the NEWS entries credit, "Patch by Sunil Shetye").
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'fetchmail-list',
  repo: 'BackupTheBerlios/fetchmail-users-maillist',
  commit: '98970bbdc04d065832613ffb319addc4cc612c68',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^fetchmail-users mailing list$/i,
      staff: [/matthias\s+andree/i, /rob[._\s]+macgregor/i, /rob(ert)?\s+(\w\.?\s+)?funk\b/i, /sunil\s*shetye|shetye at /i, /graham\s+wilson/i],
      threads: 90,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
