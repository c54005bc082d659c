// OpenIMSCore-Users mailing list (lists.berlios.de, 2006-2014): the users' help list of the Open IMS Core, the
// open-source IP Multimedia Subsystem core network (P-/I-/S-CSCF on SER, the FHoSS Java HSS) published by Fraunhofer
// FOKUS, Berlin. English. Students, labs and telecom engineers report CSCFs that crash or reject REGISTERs, FHoSS
// that fails to build or to reach MySQL, DNS and IPsec set-ups that do not work, and ask how to add users, connect
// clients (UCT IMS Client, IMS Communicator, X-Lite) or application servers; FOKUS's developers answer. Read from
// BackupTheBerlios/openimscore-users-maillist at ee78d90 (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz,
// one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (PAGE RULE: 68 threads of 2-20 mails, evenly spread in
// time over the candidate threads; footer "OpenIMSCore-Users mailing list"). Not read at all: the BerliOS bug tracker's
// notices (From admin at berlios.de) and the archive's broken fragments of 2012 (From bogus@does.not.exist.com,
// "No subject": pieces of mails whose headers were lost). Mails the list forwarded under its own bounces address
// (the sender's name lost) are read like any other.
//
// Staff: the Open IMS Core team of Fraunhofer FOKUS, i.e. every sender with a fokus.fraunhofer.de address (Dragos
// Vingarzan - the project's lead developer and by far the most frequent poster -, Peter Weik, Umut Emin, Adrian-Daniel
// Popescu, Alberto Diez, Andreea Ancuta Onofrei/Corici, ...). Frequent helpful users (e.g. Franz Edler of FH Technikum
// Wien, Klemens Schragel) are not staff.
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'openimscore-list',
  repo: 'BackupTheBerlios/openimscore-users-maillist',
  commit: 'ee78d901bfc965bfb3abdfb1db2ff0c345999285',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^openimscore-users mailing list$/i,
      staff: [/\bat fokus\.fraunhofer\.de\b/i, /@fokus\.fraunhofer\.de\b/i],
      machineSenders: /\badmin at berlios\.de\b|bogus@does\.not\.exist\.com/i,
      threads: 68,
      minMessages: 2,
      maxMessages: 20,
    }),
} satisfies CommentSource;
