// fluiggers.com.br, fourth set: more whole topics of the Brazilian-Portuguese Discourse Q&A forum of the TOTVS Fluig
// developer community (2021-2026), from the same scrape as the first set (scripts/sources/fluiggers-forum.ts, whose
// header describes the source and the Markdown). Parsing, text conversion, the staff rule and the eligible topics are
// the first reader's (readTopics, isEligible); only the choice of topics is this reader's.
//
// Page rule (fixed, deterministic): the first set's eligible topics (category folders, no "Sobre a categoria ..."
// topics, 3 to 30 posts with the opener, sorted by topic id = creation order), but keep every 11th one starting with
// the 10th (0-based index % 11 === 9), and also every 44th one starting with the 11th (index % 44 === 10, i.e. every
// fourth of the index % 11 === 10 topics, to bring the set near 400 comments); the first set keeps index % 11 === 5,
// the second 6 and the third 8 plus the topics of 31 to 35 posts (not eligible here), so the four sets share no
// topic. Take all posts of each kept topic, the opener as i = 0. page = the topic id.
// Staff (same rule as the first set): `system` plus the users who opened a "Sobre a categoria ..." topic (only
// administrators create categories): the founders Igor Rodrigues (@fluigor.com.br) and Daniel Cabral Santos
// (@daniel.cabral).
import first, { isEligible, readTopics } from './fluiggers-forum';
import type { CommentSource } from './source';

export default {
  id: 'fluiggers-forum-4',
  repo: first.repo,
  commit: 'f6b027a93545f22881b6efe264f477432675ec26',
  read(files) {
    return readTopics(files, (all) => all.filter(isEligible).filter((_t, j) => j % 11 === 9 || j % 44 === 10));
  },
} satisfies CommentSource;
