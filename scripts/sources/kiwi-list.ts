// kiwi-users mailing list (lists.berlios.de, 2007-2013): the users' help list of KIWI, openSUSE's/SUSE's appliance
// and OS image builder, English. Users ask how to build live ISOs, OEM/USB/PXE/virtual disk images, report builds that
// fail (package resolution, bootloader, partitioning, migrate mode) and the KIWI developers answer. Read from
// BackupTheBerlios/kiwi-users-maillist at 5e70f08 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz, one
// mbox-like text file per month.
//
// Why this list: the first pick, BackupTheBerlios/treeline-users-maillist, holds only 185 mails in all (too few for a
// set of 300-400); kiwi-users holds about 3,100.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails, evenly spread in time;
// footer "Kiwi-users mailing list").
//
// Staff: KIWI's developers at SUSE/Novell. Marcus Schäfer (ms@novell.com, later ms@suse.de; KIWI's author and
// maintainer, by far the most frequent poster, opens bug reports and announces releases), Robert Schweikert
// (rschweikert@novell.com, later rjschwei@suse.com; KIWI co-maintainer, answers and fixes), Jan-Christoph
// Bornschlegel (jcborn@ / jcbornschlegel@suse.de; SUSE developer who contributed KIWI modules, e.g. "New module
// KIWIUtil.pm, changed module KIWIXML.pm", and answers about repositories and the instsource code) and Steffen
// Winterfeldt (snwint@suse.de; SUSE boot-loader developer whose isohybrid/boot code KIWI uses, answers boot questions
// with authority). Frequent helpful users (e.g. Roger Oberholtzer, CyberOrg) and Novell staff who ask questions (e.g.
// Rahulkrishna Gupta) are not staff.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'kiwi-list',
  repo: 'BackupTheBerlios/kiwi-users-maillist',
  commit: '5e70f081af1d041b60a917a8fed33b3c59475e52',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^kiwi-users mailing list$/i,
      staff: [
        /\bms at (novell\.com|suse\.de)\b/i,
        /^marcus sch(ä|ae|\?)fer$/i,
        /\b(rschweikert at novell\.com|rjschwei at suse\.com)\b/i,
        /^robert schweikert$/i,
        /\bjcborn(schlegel)? at suse\.de\b/i,
        /^jan-christoph bornschlegel$/i,
        /\bsnwint at suse\.de\b/i,
        /^steffen winterfeldt$/i,
      ],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
