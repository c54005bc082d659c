// socketcan-users mailing list (lists.berlios.de, 2006-2014): the users' list of SocketCAN, the Linux CAN bus network
// stack (PF_CAN sockets, can-utils, the SJA1000/MSCAN/... drivers and the netlink configuration interface), English.
// Users ask how to set up CAN interfaces and drivers on their boards, report kernel oopses and lost frames, and the
// project's developers answer. Read from BackupTheBerlios/socketcan-users-maillist at b046a43 (HEAD), the
// Mailman/pipermail archive: <YYYY>-<Month>.txt(.gz), one mbox-like text file per month.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-10 mails; footer "Socketcan-users
// mailing list").
//
// Staff: the SocketCAN project's developers and maintainers, who answer with authority on the list: Oliver Hartkopp
// (Volkswagen, project lead and PF_CAN/can-gw/bcm author; posts from hartkopp.net and volkswagen.de), Wolfgang
// Grandegger (netlink interface and SJA1000/MSCAN driver developer, by far the most frequent poster), Marc
// Kleine-Budde (Pengutronix, CAN driver framework co-maintainer) and Urs Thuermann (Volkswagen, original co-author).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

export default {
  id: 'socketcan-list',
  repo: 'BackupTheBerlios/socketcan-users-maillist',
  commit: 'b046a436c00d33f92f1fda434e4a56ba39ae44f4',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^socketcan-users mailing list$/i,
      staff: [/oliver\s+hartkopp/i, /hartkopp/i, /wolfgang\s+grandegger/i, /grandegger\.com/i, /marc\s+kleine-budde/i, /mkl at pengutronix/i, /urs\s+thuermann/i],
      threads: 80,
      minMessages: 2,
      maxMessages: 10,
    }),
} satisfies CommentSource;
