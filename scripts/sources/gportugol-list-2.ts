// gpt-usuarios mailing list, second set: more threads of the users' list of G-Portugol (GPT, a Portuguese-keyword
// teaching language with its compiler/interpreter), Brazilian Portuguese, 2006-2012. The first set
// (scripts/sources/gportugol-list.ts, whose header describes the list, the archive and its Portuguese-localised
// Mailman) takes 70 of the 131 candidate threads of 2-20 mails; this set takes threads it does not use. Same
// repository, commit, thread building, text cleaning (scripts/sources/pipermail.ts) and staff rule.
//
// pipermail.ts has no option to leave out chosen threads (its only page options are `threads`, `minMessages` and
// `maxMessages`, spread evenly), so this reader runs it twice and takes the difference by page key.
//
// Page rule (fixed, deterministic):
//  1. all candidate threads of 2-20 mails (readPipermailList with more `threads` than there are candidates: every one
//     of them) minus the pages of the first set (its own reader is run for them): the remaining 61 threads, whole;
//  2. then every candidate thread of 21 or more mails (there are two, both 2007-10), cut to its first 20 mails
//     (i < 20, reading order). The first set has no such thread (its maximum is 20 mails), so the sets are disjoint.
// page = "<yyyy-mm of the root>-<first 8 hex of sha256(root Message-ID)>", as in the first set.
//
// Staff (same as the first set): the project's developers Thiago Silva (author and maintainer of G-Portugol) and
// Alex Sandro Garzão (developer of GPT v2). Adorilson Bezerra, a contributor who answers users from 2009 on, is not staff
// there and is not here. The footer name and the staff patterns are the first reader's (LIST), as is the candidate
// range (MIN_MESSAGES-MAX_MESSAGES mails).
import first, { LIST as FIRST_LIST, MAX_MESSAGES, MIN_MESSAGES } from './gportugol-list';
import { readPipermailList, type PipermailList } from './pipermail';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const LIST: Omit<PipermailList, 'threads' | 'minMessages' | 'maxMessages'> = {
  ...FIRST_LIST,
  // Spam that came through the forum gateway (a one-line "Good site. Nice" post opening a thread that the project
  // author then used to ask about anti-spam settings): left out after the threads are chosen.
  leaveOut: /KariTaravarse/i,
};
const ALL = 1_000_000;
const CUT = MAX_MESSAGES;

export default {
  id: 'gportugol-list-2',
  repo: first.repo,
  commit: first.commit,
  read(files: RepositoryFiles): SourceComment[] {
    const firstPages = new Set(first.read(files).map((c) => c.page));
    const rest = readPipermailList(files, { ...LIST, threads: ALL, minMessages: MIN_MESSAGES, maxMessages: MAX_MESSAGES }).filter((c) => !firstPages.has(c.page));
    const long = readPipermailList(files, { ...LIST, threads: ALL, minMessages: CUT + 1, maxMessages: ALL }).filter((c) => c.i < CUT);
    return [...rest, ...long];
  },
} satisfies CommentSource;
