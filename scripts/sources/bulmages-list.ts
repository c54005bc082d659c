// bulmages-main mailing list (lists.berlios.de, 2008-2014): the main list of BulmaGés, a free accounting, invoicing
// and point-of-sale suite (BulmaCont, BulmaFact, BulmaTPV) for small businesses in Spain. Mostly Spanish, some
// Catalan, a few French/English mails. Users ask how to install and use it and report errors; the developers answer
// and also discuss development there (much of the list is developer talk; there is no separate user list). Read from
// BackupTheBerlios/bulmages-main-maillist at 537785e (HEAD), the Mailman/pipermail archive: <YYYY>-<Month>.txt.gz.
//
// Threads, page rule and text: scripts/sources/pipermail.ts (80 threads of 2-20 mails; footer "Bulmages-main
// mailing list"). This Mailman was localised to Spanish, which pipermail.ts reads as such: the message separator
// "From <addr> en <host>  <date>" (Spanish "en" for "at") and the scrubbed-attachment line "------------ próxima parte
// ------------" (followed by "Se ha borrado un adjunto en formato HTML..." and a URL). The month files mix UTF-8 and
// Latin-1 mails, so each line is decoded by itself. The mails of automated senders are not read at all (SVN/git
// commit mails from mail.berlios.de, Gitorious pushes, the BerliOS bug tracker and the project's Redmine (admin en
// berlios.de / bulmages.es), IFTTT, LinkedIn, Tuenti and Google+ notices): they are not comments, and a human reply
// to one of them then opens with "Re:" and an In-Reply-To and so is no candidate root.
//
// Staff: the project's core developers. Many people got commit access for a patch or two (the list carries the
// SVN/git commit mails, "Author: ..."), so the rule is: the authors of at least 40 commits in those mails, who are
// also the ones answering with authority: Tomeu Borras (tborras, founder and lead developer, Conetxia), Daniel
// Ripoll, Fco. Javier M. C. (fcojavmc), Henri Girard (girardhenri, posts as aishen; French translation), Walter
// Garcia-Fontes (wgarcia), Raül Martínez i Peris (elferrer, later raul en cuchame.es; icons and translation), Xavi
// Drudis Ferran (xdrudis), Leopold Palomo-Avellaneda (lepalom, build system), Arturo Martín Lladó (arturo_ml,
// Conetxia), Tony Alvarez (talvarez) and hilex (Hilex Transformaciones Metálicas).
import { readPipermailList } from './pipermail';
import type { CommentSource } from './source';

/** Senders that are machines: commit, bug-tracker, wiki and social-network notifications. */
const AUTOMATED = new RegExp(
  [
    /^(svn|git) en mail\.berlios\.de/.source,
    /^admin en (berlios\.de|bulmages\.es)/.source,
    /^no-?reply\S* en (gitorious\.org|plus\.google\.com)/.source,
    /^\S+ en (ifttt\.com|linkedin\.com|tuenti\.com)\b/.source,
  ].join('|'),
);

export default {
  id: 'bulmages-list',
  repo: 'BackupTheBerlios/bulmages-main-maillist',
  commit: '537785e09712ccada6635032b2672a677c20a39f',
  read: (files) =>
    readPipermailList(files, {
      footerName: /^bulmages-main mailing list$/i,
      staff: [
        /tborras|tomeu\s+borr[aà]s/i,
        /daniel\s+ripoll|dripoll|danielripoll|meph\.snake/i,
        /fcojavmc/i,
        /aishen\s+en\s+free|henrigirard|girardhenri|henri\s+girard/i,
        /walter\.garcia|garcia-fontes/i,
        /elferrer|raul en cuchame\.es/i,
        /xdrudis/i,
        /leo\s+en\s+alaxarxa|leopold\.palomo/i,
        /amartin\s+en\s+conetxia|antar_cheran|arturo\.ml/i,
        /t\.alvarezpascual/i,
        /hilex\s+en\s+metalica-hilex/i,
      ],
      threads: 80,
      minMessages: 2,
      maxMessages: 20,
      machineSenders: AUTOMATED,
      mixedEncodings: true,
    }),
} satisfies CommentSource;
