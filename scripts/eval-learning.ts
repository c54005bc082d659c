// Learning from staff, measured as staff would meet it: on each site, staff relabel every comment of its earlier
// threads that the classifier misread; then the site's later threads are classified with those corrections, and,
// so that one site's corrections are seen not to spoil another's reading, the next site's later threads too.
// The sites are the sets kept unseen (scripts/local-sets.ts): nothing was trained on them, as on a site staff
// first open. A set's pages split where half its comments lie before; sets with fewer than 20 comments on either
// side are left out.
import { createClassifier, type Correction } from '../lib/classify/index';
import { evaluate, type EvalReport, type Judged } from '../lib/classify/metrics';
import { contextOf, type LabelledText } from '../lib/classify/training-data';
import type { Label } from '../lib/thread';

export interface SiteComments {
  /** Stands in for the site's hostname. */
  site: string;
  items: Array<LabelledText & { page: string; staff?: boolean; answerer?: boolean; opensThread?: boolean }>;
}

export interface LearningReport {
  sites: number;
  corrections: number;
  /** The later threads of each site, without and with its corrections. */
  sameSite: { before: EvalReport; after: EvalReport };
  /** The later threads of the next site, without and with this site's corrections. */
  otherSite: { before: EvalReport; after: EvalReport };
}

const MIN_SIDE = 20;

/** A site's comments before and after the page where half of them lie before. */
function splitByPage(items: SiteComments['items']): { earlier: SiteComments['items']; later: SiteComments['items'] } {
  const pages = [...new Set(items.map((item) => item.page))];
  const perPage = new Map<string, number>();
  for (const item of items) perPage.set(item.page, (perPage.get(item.page) ?? 0) + 1);
  const earlierPages = new Set<string>();
  let seen = 0;
  for (const page of pages) {
    if (seen >= items.length / 2) break;
    earlierPages.add(page);
    seen += perPage.get(page)!;
  }
  return { earlier: items.filter((item) => earlierPages.has(item.page)), later: items.filter((item) => !earlierPages.has(item.page)) };
}

export function evaluateLearning(sites: SiteComments[]): LearningReport | null {
  const base = createClassifier({ cacheSize: 1 });
  const split = sites.map((s) => ({ site: s.site, ...splitByPage(s.items) })).filter((s) => s.earlier.length >= MIN_SIDE && s.later.length >= MIN_SIDE);
  if (split.length < 2) return null;
  const judge = (classifier: ReturnType<typeof createClassifier>, item: SiteComments['items'][number], site: string): Judged => ({
    accept: item.labels,
    must: item.must,
    predicted: classifier.classify(item.text, item.lang, { ...contextOf(item), site }).labels,
  });
  // Staff relabel a comment whose first label is wrong or that lacks a label it must have, to what it should read.
  const corrections: Correction[] = split.flatMap(({ site, earlier }) =>
    earlier
      .filter((item) => {
        const predicted = judge(base, item, site).predicted;
        return !item.labels.includes(predicted[0]) || item.must.some((label) => !predicted.includes(label));
      })
      .map((item) => ({ text: item.text, labels: [...new Set<Label>([item.labels[0], ...item.must])], site })),
  );
  // One classifier with every site's corrections, as the extension keeps them: each site reads with its own.
  const learnt = createClassifier({ corrections, cacheSize: 1 });
  const same = { before: [] as Judged[], after: [] as Judged[] };
  const other = { before: [] as Judged[], after: [] as Judged[] };
  split.forEach(({ site, later }, i) => {
    for (const item of later) {
      same.before.push(judge(base, item, site));
      same.after.push(judge(learnt, item, site));
    }
    // The next site's later threads, read as if they were on this site: what this site's corrections do elsewhere.
    for (const item of split[(i + 1) % split.length].later) {
      other.before.push(judge(base, item, site));
      other.after.push(judge(learnt, item, site));
    }
  });
  return {
    sites: split.length,
    corrections: corrections.length,
    sameSite: { before: evaluate(same.before), after: evaluate(same.after) },
    otherSite: { before: evaluate(other.before), after: evaluate(other.after) },
  };
}

export function formatLearning(report: LearningReport): string[] {
  const line = (r: EvalReport) => {
    const must = (label: Label) => (r.mustRecall[label] ? `${r.mustRecall[label]!.found}/${r.mustRecall[label]!.total}` : '-');
    return `macro-F1 ${r.macroF1.toFixed(3)}, must-include questions ${must('question')}, reports ${must('bug')}`;
  };
  return [
    `(learning) staff relabel the misread comments of each site's earlier threads (${report.corrections} corrections on ${report.sites} sites kept unseen); the later threads (${report.sameSite.before.n} comments):`,
    `  without the corrections: ${line(report.sameSite.before)}`,
    `  with them:               ${line(report.sameSite.after)}`,
    `  another site's later threads read with this site's corrections (${report.otherSite.before.n} comments):`,
    `  without: ${line(report.otherSite.before)}`,
    `  with:    ${line(report.otherSite.after)}`,
  ];
}
