// DeepaMehta users' mailing list (deepamehta-users at lists.berlios.de, 2007-2013), German with some English mails.
// DeepaMehta is an open-source "semantic desktop" / knowledge-management platform from Berlin (Jörg Richter); its
// users' list is where people ask how to install and run it (Java, MySQL, Tomcat, the Kiezatlas and other apps built
// on it), report errors and crashes, discuss translations and features, and where the developers announce releases
// and community meetings. Read from BackupTheBerlios/deepamehta-users-maillist at 81dc2d4 (HEAD), the Mailman/pipermail
// archive: <YYYY>-<Month>.txt.gz, one mbox-like text file per month (the per-message HTML pages are not read).
//
// Why a list: no non-English forum, Q&A or issue archive with a snapshot could be found in the time (vjt/
// azzurra-forum-archive, Italian, has no snapshot here; the others are English, code only, or too small). This is the
// list with the most German conversation among the unused lists.berlios.de help lists mirrored here (netzworkk-kwtools
// is one developer's notes; schafkopf-devel mostly commit reports).
//
// Page rule (fixed): threads of 1-30 mails whose root is a fresh mail (no In-Reply-To/References, no "Re:" subject),
// sorted by the root's time; all threads of 2-30 mails are taken (`threads` is larger than their number), and of the
// one-mail threads (mostly staff announcements and party invitations, spam, and some unanswered questions and bug
// reports) only those whose sender is not staff and wrote a mail in one of the 2-30-mail threads under the same
// display name (this leaves the spam out). Threads, page key and text: scripts/sources/pipermail.ts
// (footer "deepamehta-users mailing list"). The one spam mail that got a reply on the list (2007-12, "Downloaddable
// Softtware") is not read at all (`machineSenders`), so neither it nor the reply to it (whose parent is then not in
// the archive) makes a page; the other spam mails drew no replies and are one-mail threads.
//
// Staff: the DeepaMehta developers writing from deepamehta.de: Jörg Richter (jri, founder and lead developer) and
// Malte Reißig (mre, developer; also once from his private address post at inputgeil.de).
import { readPipermailList } from './pipermail';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

/** Every thread of the rule above, in the reader's order. */
function threads(files: RepositoryFiles): SourceComment[] {
  const all = readPipermailList(files, {
    footerName: /^deepamehta-users mailing list$/i,
    staff: [/\bjri at deepamehta\.de\b/i, /\bmre at deepamehta\.de\b/i, /post at inputgeil\.de/i],
    threads: 1000,
    minMessages: 1,
    maxMessages: 30,
    mixedEncodings: true,
    machineSenders: /lehto dellaratta/i,
  });
  const size = new Map<string, number>();
  for (const c of all) size.set(c.page, (size.get(c.page) ?? 0) + 1);
  // People who took part in a conversation (a thread of 2+ mails) without being staff.
  const people = new Set(all.filter((c) => size.get(c.page)! >= 2 && !c.staff).map((c) => (c.author ?? '').toLowerCase()));
  return all.filter((c) => size.get(c.page)! >= 2 || (!c.staff && people.has((c.author ?? '').toLowerCase())));
}

export default {
  id: 'deepamehta-list',
  repo: 'BackupTheBerlios/deepamehta-users-maillist',
  commit: '81dc2d45f574b2bc8f3edc46fa8417b70ac82700',
  read: threads,
} satisfies CommentSource;
