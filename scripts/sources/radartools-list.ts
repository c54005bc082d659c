// radartools-users mailing list (lists.berlios.de, 2007-2013), English: the users' list of RAT (Radar Tools), an
// open-source IDL program from TU Berlin for processing SAR, polarimetric SAR and InSAR radar images. Users (mostly
// remote-sensing researchers and students) ask how to import satellite data (PALSAR, TerraSAR-X, RADARSAT-2, ASAR),
// how to run decompositions, classifications and coregistration, and report crashes; the developers answer and
// announce releases. Read from BackupTheBerlios/radartools-users-maillist at 39a98dd (HEAD), the Mailman/pipermail
// archive: <YYYY>-<Month>.txt.gz, one mbox-like text file per month (the per-message HTML pages are not read).
//
// Why this list: the brief named delilinux-user (24 mails in all), dtacho-users (16 mails) and smb4k-devel (81 mails,
// nearly all release announcements by its developer); all German lists of the mailing-list note were already used,
// smb4k-bugs is mostly Berlios tracker snapshots and DrKonqi automatic crash reports, and ogle-user, b2bua-users and
// awds-user have fewer than 80 mails. This list has 218 mails.
//
// Page rule (fixed): every thread of 1-40 mails whose root is a fresh mail (no In-Reply-To/References, no "Re:"
// subject), sorted by the root's time (`threads` is larger than their number, so all are taken; the list is small and
// an unanswered question is still a user's question). Threads, page key and text: scripts/sources/pipermail.ts
// (footer "Radartools-users mailing list").
//
// Staff: the RAT developers: Andreas Reigber (project founder and lead, writes from fpk.tu-berlin.de, nought.de and
// dlr.de, sometimes with only his address as the name; opens the list and announces the releases), Maxim Neumann (TU
// Berlin, later a JPL affiliate address "Neumann, Maxim"; co-developer who sends patched files and answers on
// polarimetry), Stéphane Guillaso and Ronny Haensch (TU Berlin RAT team members who answer for the project: Guillaso
// tests a reported crash on his RAT build, Haensch answers for the team about the RAT website), and Tisham Dhar
// (tisham at apogee.com.au, writes as the contributor of RAT's TerraSAR-X code and offers to implement features).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'radartools-list',
  repo: 'BackupTheBerlios/radartools-users-maillist',
  commit: '39a98ddbcd3238a24c08e47f10d656de41a52a38',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^radartools-users mailing list$/i,
      staff: [/reigber/i, /anderl at fpk\.tu-berlin\.de/i, /maxim\s+neumann/i, /neumann,\s*maxim/i, /maxn at cs\.tu-berlin\.de/i, /guillaso/i, /haensch/i, /tisham at apogee\.com\.au/i],
      threads: 1000,
      minMessages: 1,
      maxMessages: 40,
    }),
} satisfies CommentSource;
