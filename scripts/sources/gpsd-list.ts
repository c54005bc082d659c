// gpsd-users mailing list (lists.berlios.de, 2004-2013): the users' help list of gpsd, the GPS service daemon,
// English. Users report receivers that are not recognised, build/install problems, clients that get no fix or wrong
// data, and ask how to use the gpsd protocol and libgps; the project's developers answer. Read from
// BackupTheBerlios/gpsd-users-maillist at ac8b245 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz (and
// one plain 2013-July.txt), one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails, evenly spread in time;
// footer "Gpsd-users mailing list").
//
// Staff: gpsd's developers. The names in the project's AUTHORS file (Remco Treffkorn, Derrick J. Brashear, Russ Nelson,
// Eric S. Raymond - project lead and by far the most frequent poster -, Gary E. Miller, Jeff Francis, Amaury Jacquot
// "sxpert") and Chris Kuethe, a core committer of the Berlios project in these years (ckuethe@berlios) who answers
// driver and protocol questions with authority, and Jon Schlueter, a committer of 2010-2011 (keeps patches in his
// branch, asks submitters for captures "so that we can add to the regression test suite"). Frequent helpful users
// (e.g. Charles Curley, Hamish, Matt Roberds) are not staff.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'gpsd-list',
  repo: 'BackupTheBerlios/gpsd-users-maillist',
  commit: 'ac8b245378aa7740929b9fe66cb0a52c7e49cea6',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^gpsd-users mailing list$/i,
      staff: [
        /\besr at (\w+\.)?thyrsus\.com\b/i,
        /^eric (s\. )?raymond$/i,
        /\bgem at rellim\.com\b/i,
        /^gary e\.? miller$/i,
        /\bkuethe\b/i,
        /\bnelson at crynwy?r\.com\b/i,
        /^russ(ell)? nelson$/i,
        /\bbrashear\b/i,
        /\bsxpert\b/i,
        /\bjacquot\b/i,
        /\btreffkorn\b/i,
        /\bjeff francis\b|\bgritch\.org\b/i,
        /\bjon\.schlueter at gmail\.com\b/i,
        /^jon schlueter$/i,
      ],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
