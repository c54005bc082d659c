// Labelled data for training and evaluation, and the fixed held-out split that training never sees.
// Pure: callers read the files; this parses their text and decides the split from a seeded hash of each item's key.
import Papa from 'papaparse';
import { LABELS, type Label } from '../thread';
import { fnv1a } from './hash';
import type { CommentContext } from './index';

export interface LabelledText {
  /** Stable key: decides the split. */
  key: string;
  text: string;
  /** Acceptable labels, primary first. */
  labels: Label[];
  /** Labels a system must include (fixture comments); empty when not given. */
  must: Label[];
  lang?: string;
  source: string;
  /** Written by staff or the post's author, where the set records it. */
  staff?: boolean;
  /** Written by someone who answers for the site (see CommentContext.answerer). */
  answerer?: boolean;
  /** The post that opens a forum topic or an issue (see CommentContext.opensThread). */
  opensThread?: boolean;
  /** A comment on an article (see CommentContext.article). */
  article?: boolean;
  /** The comment's author, where the set records it. */
  author?: string;
}

/** Fraction of each training source held out for evaluation. */
const HELD_OUT_PERCENT = 20;
const SPLIT_SEED = 0x7e57_5eed;

/** What a labelled comment records of who wrote it and where, as the classifier takes it. */
export function contextOf(item: LabelledText): CommentContext {
  return { staff: item.staff, answerer: item.answerer, opensThread: item.opensThread, article: item.article };
}

/** True when an item belongs to the held-out split (fixed: depends only on its key). */
export function isHeldOut(key: string): boolean {
  return fnv1a(key, SPLIT_SEED) % 100 < HELD_OUT_PERCENT;
}

function asLabels(values: unknown): Label[] {
  if (!Array.isArray(values)) return [];
  return values.filter((v): v is Label => typeof v === 'string' && (LABELS as readonly string[]).includes(v));
}

/** The objects of a JSON Lines text, one a non-blank line. */
function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

/** Tizard et al. 2019 forum sentences (columns id, sentence, y). */
export function parseForumCsv(csv: string): LabelledText[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const out: LabelledText[] = [];
  for (const row of parsed.data) {
    const labels = asLabels([row.y]);
    if (!row.sentence || !labels.length) continue;
    out.push({ key: `forum:${row.id}`, text: row.sentence, labels, must: [], source: 'tizard2019-forum' });
  }
  return out;
}

/** Our own examples (data/examples.jsonl): {text, labels, lang}. */
export function parseExamples(jsonl: string): LabelledText[] {
  return jsonLines<{ text: string; labels: unknown; lang?: string }>(jsonl)
    .map((row, i) => ({ key: `example:${row.text}`, text: row.text, labels: asLabels(row.labels), must: [], lang: row.lang, source: `examples#${i + 1}` }))
    .filter((e) => e.labels.length > 0);
}

/** The fixture comments development set: {page, i, text, lang, accept, must}. */
export function parseFixtureComments(jsonl: string): LabelledText[] {
  return jsonLines<{ page: string; i: number; text: string; lang?: string; accept: unknown; must: unknown }>(jsonl)
    .map((row) => ({ key: `${row.page}#${row.i}`, text: row.text, labels: asLabels(row.accept), must: asLabels(row.must), lang: row.lang, source: row.page }));
}

/**
 * Our realistic held-out comments (data/heldout-realistic.jsonl): {id, source, lang, text, accept, must}.
 * Written once and frozen before any tuning; never used for training or for choosing rules.
 */
export function parseHeldoutComments(jsonl: string): LabelledText[] {
  return jsonLines<{ id: string; source?: string; text: string; lang?: string; accept: unknown; must: unknown }>(jsonl)
    .map((row) => ({ key: `heldout:${row.id}`, text: row.text, labels: asLabels(row.accept), must: asLabels(row.must), lang: row.lang, source: `heldout-${row.source ?? 'comment'}#${row.id}` }))
    .filter((e) => e.labels.length > 0);
}

/**
 * Real comments from saved pages the classifier was never trained or tuned on (data/heldout-real-unseen.jsonl):
 * {source, text, lang, accept, must, half}. `half` is "inspect" (may be read one by one) or "sealed" (never listed).
 */
export function parseRealComments(jsonl: string): Array<LabelledText & { half: 'inspect' | 'sealed' }> {
  return jsonLines<{ source: string; text: string; lang?: string; accept: unknown; must: unknown; half?: string }>(jsonl)
    .map((row) => {
      const half: 'inspect' | 'sealed' = row.half === 'inspect' ? 'inspect' : 'sealed';
      return { key: `real:${row.source}`, text: row.text, labels: asLabels(row.accept), must: asLabels(row.must), lang: row.lang, source: row.source, half };
    })
    .filter((e) => e.labels.length > 0);
}

/** Which half of a page-split real set an item falls in: `tune` may be read and learnt from, `sealed` never is. */
export type PageHalf = 'tune' | 'sealed';

/** The split of the page-level real set: whole pages (sources) go to one half, chosen by a seeded hash of the page. */
function pageHalf(page: string): PageHalf {
  return fnv1a('page:' + page, 0x5ea1ed) % 2 ? 'tune' : 'sealed';
}

/**
 * Real comments from saved pages (data/real-comments-pages.jsonl, data/real-comments-more.jsonl):
 * {page, i, text, lang, accept, must}, labelled by hand before the classifier was run on them. Split by page, so
 * the sealed half holds only sources that nothing was tuned or trained on.
 */
export function parsePageComments(jsonl: string): Array<LabelledText & { half: PageHalf; page: string }> {
  return jsonLines<{ page: string; i: number; text: string; lang?: string; staff?: unknown; author?: unknown; accept: unknown; must: unknown }>(jsonl)
    .map((row) => ({
      key: `page:${row.page}#${row.i}`,
      text: row.text,
      labels: asLabels(row.accept),
      must: asLabels(row.must),
      lang: row.lang,
      staff: row.staff === true,
      author: typeof row.author === 'string' ? row.author : undefined,
      page: row.page,
      source: `${row.page}#${row.i}`,
      half: pageHalf(row.page),
    }))
    .filter((e) => e.labels.length > 0);
}
