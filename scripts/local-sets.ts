// The labelled real-comment sets kept on this machine only (gitignored, see data/README.md): their text may not be
// copied into the repository. One list for `npm run eval` (which reports each) and `npm run train` (the comment model
// learns from the tune pages of a split set and from every page of a development set).
export interface LocalSet {
  letter: string;
  file: string;
  what: string;
  /** False for a source marked for local testing only: never trained on, so it stays a wholly unseen measure. */
  trainsCommentModel: boolean;
  /**
   * Set when the whole set was scored once, unseen, and then became a development set (its misses read and fixed):
   * `npm run eval` reports it whole, apart from the sealed figure (s), and the comment model trains on all of it.
   * The figures of its one unseen measurement.
   */
  development?: { measuredOnce: string };
}

export const LOCAL_SETS: readonly LocalSet[] = [
  { letter: 'h', file: 'data/local/real-comments-issues.jsonl', what: 'GitHub issue threads', trainsCommentModel: true },
  // A mirror of the DosTips forum, marked for local testing only.
  { letter: 'i', file: 'data/local/real-comments-forum.jsonl', what: 'forum topic pages (DosTips)', trainsCommentModel: false },
  { letter: 'j', file: 'data/local/real-comments-blogs.jsonl', what: 'blog and forum pages of the web', trainsCommentModel: true },
  { letter: 'k', file: 'data/local/real-comments-fresh.jsonl', what: 'forums, blogs and issue threads of sites not used before', trainsCommentModel: true },
  { letter: 'l', file: 'data/local/real-comments-fresh-2.jsonl', what: 'issue threads in many languages, Discourse and blog pages', trainsCommentModel: true },
  { letter: 'm', file: 'data/local/real-comments-fresh-3.jsonl', what: 'issue threads of end-user apps in many languages, fediverse, forum and blog pages', trainsCommentModel: true },
  { letter: 'n', file: 'data/local/real-comments-fresh-4.jsonl', what: 'issue threads of hobby and home software in English, and in fr, de, it, es, nl, pt', trainsCommentModel: true },
  { letter: 'o', file: 'data/local/real-comments-fresh-5.jsonl', what: 'issue threads of blog, community, citizen-science and education tools and of apps in zh, ja, pt, es; fediverse pages', trainsCommentModel: true },
  { letter: 'p', file: 'data/local/real-comments-fresh-6.jsonl', what: 'issue threads of Android and desktop apps, games and mods, local apps in de, pl, sv, nl, cs, da; blog comments', trainsCommentModel: true },
  { letter: 'q', file: 'data/local/real-comments-fresh-7.jsonl', what: 'issue threads, forums and blogs in 9 languages', trainsCommentModel: true, development: { measuredOnce: 'rules 0.783, with the comment model 0.808' } },
  { letter: 'r', file: 'data/local/real-comments-fresh-8.jsonl', what: 'issue threads of end-user apps, web services and plugins; forums and blogs in 7 languages', trainsCommentModel: true, development: { measuredOnce: 'rules 0.795, with the comment model 0.828' } },
  { letter: 't', file: 'data/local/real-comments-fresh-9.jsonl', what: 'issue threads of games, emulators, maps, fitness, sync and self-hosted tools; product forums', trainsCommentModel: true, development: { measuredOnce: 'rules 0.815, with the comment model 0.841 (the code of the start of session 12: 0.806, 0.829)' } },
  { letter: 'u', file: 'data/local/real-comments-fresh-10.jsonl', what: 'issue threads of messaging, fediverse, mail, RSS, keyboard, finance, transit and school apps; hobby forums', trainsCommentModel: true, development: { measuredOnce: 'rules 0.820, with the comment model 0.837 (the code of the start of session 12: 0.803, 0.824)' } },
  { letter: 'v', file: 'data/local/real-comments-fresh-11.jsonl', what: 'issue threads of smart-home, car, camera and music apps, userscripts, blockers, password and Windows tools, game mods, bots and shop plugins', trainsCommentModel: true, development: { measuredOnce: 'rules 0.798, with the comment model 0.835 (the code of the start of session 12: 0.786, 0.828)' } },
  { letter: 'w', file: 'data/local/real-comments-fresh-12.jsonl', what: 'issue threads of habit, calendar, budgeting, recipe, reading and school apps, comment systems, site themes, newsletters, docs search, reference managers, Anki and Moodle add-ons, GIS and screen-reader tools', trainsCommentModel: true, development: { measuredOnce: 'rules 0.823, with the comment model 0.851 (the code of the start of session 12: 0.794, 0.825)' } },
  { letter: 'x', file: 'data/local/real-comments-fresh-13.jsonl', what: 'issue threads of photography, astronomy, birding, hiking, ham-radio and chess apps, office add-ons, e-book, time-tracking, invoicing and POS tools, readers, media add-ons and router firmware', trainsCommentModel: true, development: { measuredOnce: 'rules 0.814, with the comment model 0.844 (the code of the start of session 12: 0.804, 0.840)' } },
  { letter: 'y', file: 'data/local/real-comments-fresh-14.jsonl', what: 'issue threads of transport, civic and community apps, hobby electronics and home-automation add-ons, language, Bible and prayer apps and input methods', trainsCommentModel: true, development: { measuredOnce: 'rules 0.847, with the comment model 0.850 (the code of the start of session 12: 0.852, 0.856)' } },
  { letter: 'z', file: 'data/local/real-comments-fresh-15.jsonl', what: 'issue threads of podcast, video, launcher, icon-pack, backup and clipboard apps, note-taking, genealogy, OCR, dictionary, subtitle and accessibility tools (many in zh); hobby and product forums', trainsCommentModel: true, development: { measuredOnce: 'rules 0.769, with the comment model 0.802 (the code of the start of session 13, labels identical)' } },
  { letter: 'za', file: 'data/local/real-comments-fresh-16.jsonl', what: 'issue threads of health, wellbeing, parenting, pet, weather and charging apps, browser extensions and web front-ends, self-hosted photo and document apps, and end-user apps in zh, ru, fr, ko, it, pt, ja', trainsCommentModel: true, development: { measuredOnce: 'rules 0.860, with the comment model 0.860 (the code of the start of session 13: 0.862, 0.865); with the comment model trained on the development sets q to z, 0.865' } },
  { letter: 'zb', file: 'data/local/real-comments-fresh-17.jsonl', what: 'issue threads of games, mods, launchers, music, radio and e-book apps, calendar sync, to-do, chat, password, PDF and printer tools; blog comments and hobby forums', trainsCommentModel: true, development: { measuredOnce: 'rules 0.783, with the comment model 0.837 (the code of the start of session 13: 0.781, 0.818)' } },
  { letter: 'zc', file: 'data/local/real-comments-fresh-18.jsonl', what: 'issue threads of maps, fitness-sync, air-quality, astronomy, library and museum apps, WordPress, Ghost, Joomla and Discourse themes and plugins, and end-user apps in zh, ja, pt, es, it, fr, de', trainsCommentModel: true, development: { measuredOnce: 'rules 0.812, with the comment model 0.852 (the code of the start of session 13: 0.811, 0.816)' } },
  { letter: 'zd', file: 'data/local/real-comments-fresh-19.jsonl', what: 'issue threads of school, learning, accessibility, church and non-profit tools (many in it, fr, de, pl), desktop tray, sync, backup, converter and keyboard tools; app forums', trainsCommentModel: true, development: { measuredOnce: 'rules 0.843, with the comment model 0.859 (the code of the start of session 13: 0.836, 0.840)' } },
  { letter: 'ze', file: 'data/local/real-comments-fresh-20.jsonl', what: 'issue threads of 3D-printing, drawing, embroidery, genealogy and aquarium tools, F-Droid-style phone apps (SMS, dialer, QR, notes, finance, radio, app updaters) and self-hosted services', trainsCommentModel: true, development: { measuredOnce: 'rules 0.826, with the comment model 0.868 (the code of the start of session 13: 0.824, 0.843)' } },
  { letter: 'zf', file: 'data/local/real-comments-fresh-21.jsonl', what: 'issue threads of smartwatch, watch-face, habit, prayer, journaling and bike-computer apps, game mods, translations, save editors, stream tools, writing, LaTeX, citation, e-signature, OCR and label-printing tools', trainsCommentModel: true, development: { measuredOnce: 'rules 0.803, with the comment model 0.872 (the code of the start of session 13: 0.797, 0.834)' } },
  { letter: 'zg', file: 'data/local/real-comments-fresh-22.jsonl', what: 'issue threads of ad-blocker filter lists, userstyles, download, tab, read-later and archiving tools, keyboard firmware, Meshtastic, ESPHome and ham-radio projects, fediverse apps, forum software and comment systems (many in zh, ja, ru)', trainsCommentModel: true, development: { measuredOnce: 'rules 0.793, with the comment model 0.835 (the code of the start of session 13: 0.784, 0.808)' } },
];
