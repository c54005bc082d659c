// Urho3D community forum, second set: more whole topics from the same scrape as urho3d-forum
// (scripts/sources/urho3d-forum.ts; see its header for the archive, the staff rule and the text rules). This reader
// reuses that reader's topic loading (loadTopics) and per-year walk (pickPerYear, with its post filter, text, staff
// flag and English-script test), with its own topics, starts and bounds.
//
// Page rule (fixed, deterministic): only topics of category_id 10 (the largest category, 3011 of 5046 topics: help
// requests and bug reports; the scrape does not name its categories, by its topics this is the support board) that
// the first set does not use (its pages are computed by running the first reader, so the two sets never share a
// topic). Sort them by numeric topic id and group by the year of created_at (2014..2022). For
// each year (n topics) and j = 0..PER_YEAR-1 (PER_YEAR = 7) start at index floor((j + 0.5) * n / PER_YEAR), then once
// more at index 0, and each time walk forward to the first topic not yet taken that has 3..12 comments (after the
// first reader's post filter) and an English-script opening post. Whole topics are kept; the opening post is i=0.
// page = "t<topic id>". 72 topics, 394 comments.
//
// Staff: as in the first set, the post's own `staff` flag (Discourse admins and moderators).
import first, { loadTopics, pickPerYear } from './urho3d-forum';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const SUPPORT = 10;
const PER_YEAR = 7;
const MIN = 3;
const MAX = 12;

/** The same files, each read once (the first reader and this one read them all). */
function cached(files: RepositoryFiles): RepositoryFiles {
  const seen = new Map<string, string>();
  return {
    list: (prefix) => files.list(prefix),
    read(path, encoding) {
      const key = `${encoding ?? ''}:${path}`;
      let text = seen.get(key);
      if (text === undefined) seen.set(key, (text = files.read(path, encoding)));
      return text;
    },
  };
}

function read(repoFiles: RepositoryFiles): SourceComment[] {
  const files = cached(repoFiles);
  const firstPages = new Set(first.read(files).map((c) => c.page));
  const topics = loadTopics(files).filter((t) => t.category_id === SUPPORT && !firstPages.has(`t${t.id}`));
  // PER_YEAR evenly spaced starts, then one extra start at the year's first topic (taken last, so it never changes
  // the first PER_YEAR picks).
  const starts = (n: number) => [...Array.from({ length: PER_YEAR }, (_, j) => Math.floor(((j + 0.5) * n) / PER_YEAR)), 0];
  return pickPerYear(topics, starts, { min: MIN, max: MAX });
}

export default { id: 'urho3d-forum-2', repo: first.repo, commit: first.commit, read } satisfies CommentSource;
