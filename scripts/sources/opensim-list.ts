// opensim-users mailing list (lists.berlios.de, 2007-2014): the users' list of OpenSimulator (OpenSim), the open
// source virtual-world server (Second Life compatible regions, grids, the Hypergrid). English. People running their
// own regions or grids ask how to install and configure it (OpenSim.ini, MySQL, grid services, OARs/IARs), report
// crashes, errors in the console and viewer problems, announce releases and grids; the core developers and list
// regulars answer. Read from BackupTheBerlios/opensim-users-maillist at b1959fe (HEAD), the Mailman/pipermail
// archive: <YYYY>-<Month>.txt.gz, one mbox-like text file per month (the repository also holds pipermail's HTML
// pages, which are not read).
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails, evenly spread in time;
// footer "Opensim-users mailing list"). Known limits of the archive itself: mails sent as HTML only were scrubbed by
// pipermail and have no text here, so they are skipped (the thread 2013-02-9e77e3c5 keeps only its one reply), and
// many non-ASCII characters were already replaced by "?" in the month files.
//
// One mail is left out after pipermail.ts has chosen the threads (`leaveOut`, so the choice of threads is unchanged):
// a Spanish auto-reply advertising web services from martin at trescantos.net that opens the thread 2010-08-2486ff1e
// ("Can we shut down this spammer somehow?"); it is spam, not a comment. The remaining mails of that thread are
// numbered from 0 in reading order.
//
// Staff: OpenSimulator's core developers, as listed in the project's CONTRIBUTORS.txt (current core team, the
// "white rabbit" core developers and the "Past Open Sim Developers" alumni of the core group) who post here: Justin
// Clark-Casey (justincc, by far the most frequent poster), Diva Canto (Crista Lopes), Melanie Thielker (melanie at
// t-data.com; not other Melanies), Teravus Ovares, Adam Frisby, Charles Krinke (ckrinke, who also tagged releases),
// Stefan Andersson (lbsa71), Nebadon Izumi (Michael Cerquoni, OSgrid), Mic Bowman, James Hughes (BlueWall), Dr
// Scofield (Dirk Husemann), Marck, Sean Dague (sdague), Dahlia Trimble, Mike Mazur (mikem, 3Di), Mister Blue (Robert
// Adams), Tedd Hansen, Snoopy Pfeffer, Oren Hurvitz (Kitely), nlin (3Di) and Dan Lake. Frequent helpful users and
// grid operators who are not in that core list (e.g. James Stallings II, Ai Austin, Fleep Tuque) are not staff.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'opensim-list',
  repo: 'BackupTheBerlios/opensim-users-maillist',
  commit: 'b1959fe5bb1963118239006cdb6161c19776f1db',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^opensim-users mailing list$/i,
      staff: [
        /\bjjustincc at /i,
        /^justin clark-casey$/i,
        /\bdiva at metaverseink\.com\b/i,
        /^diva canto$/i,
        /\bmelanie at t-data\.com\b/i,
        /\bteravus\b/i,
        /\badam at (deepthink\.com\.au|gwala\.net)\b/i,
        /\bfrisby\b/i,
        /\bcfk at pacbell\.net\b/i,
        /^charles krinke$/i,
        /\bstefan at tribalmedia\.se\b|\blbsa71\b/i,
        /\bnebadon\b|\bcerquoni\b/i,
        /\bcmickeyb at |\bmic\.bowman at /i,
        /\bjamesh at bluewallgroup\.com\b|\bbluewall\b/i,
        /\bdrscofield at |\bdirk husemann\b|\bhud at zurich\.ibm\.com\b/i,
        /\bmarck00 at /i,
        /\bsdague at |\bsean at dague\.net\b/i,
        /\bdahliatrimble at /i,
        /\bmmazur at gmail\.com\b/i,
        /\bmisterblue at misterblue\.com\b/i,
        /\btedd at (konge\.net|nimbustech\.no)\b/i,
        /\bsnoopy\.pfeffer at /i,
        /\borenh at kitely\.com\b/i,
        /\bnlin\.message at /i,
        /\bdan\.lake at intel\.com\b/i,
      ],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
      // Autoresponder spam.
      leaveOut: /\btrescantos\.net\b/i,
    }),
} satisfies CommentSource;
