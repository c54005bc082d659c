// npm run cross-validate: the development sets scored by comment models that never saw their source. The sets are
// split into K folds by source (a set and its "-2", "-3" extensions share a fold); each fold is classified with a
// comment model trained on everything else, blended with the frozen lost-sets model as `npm run train` does. The
// figure measures changes to training, to the blend and to the rules on 25,000 comments without touching the sets
// kept unseen. (The rules were written from these sets' misses, so it flatters them; compare it with itself.)
// Takes about two minutes; needs the development sets rebuilt in data/local/ (see data/README.md).
// --unfamiliar-share=0.6 tries another share for the rules in languages a fold's model has not learnt.
// --roles=authors (or pages) gives each comment the roles the classify command works out from the authors of the
// whole set (or of its page alone) instead of the set's own; like that command, it then says nothing of articles.
// --roles=sites reads each page alone under a key that holds the site's name, as the shared fixture's keys do.
// --train-share=0.5 trains each fold on that share of the other development sources only (ordered by hash, --seed=N
// draws another share): how much the figure owes to the number of sources, i.e. what more labelled sets would give.
// --dump=FILE writes one JSON line per comment (set, page, lang, the roles used, accept, must, predicted, scores, cues,
// text) for reading the misses. It holds the sets' texts, which stay off the repository: write it outside, e.g. /tmp.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../lib/classify/hash';
import { createClassifier } from '../lib/classify/index';
import { evaluate, formatReport, type Judged } from '../lib/classify/metrics';
import { decodeModel, type ModelData } from '../lib/classify/model';
import { contextOf, parsePageComments } from '../lib/classify/training-data';
import { LOCAL_SETS, inferredRolesOf, siteOf, withRoles } from './local-sets';
import { LOST_SETS_MODEL, commentTrainingSets, trainCommentModel } from './train-comment-model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDS = 4;
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const unfamiliarShare = Number(option('unfamiliar-share')) || undefined;
const dumpFile = option('dump');
const rolesFrom = option('roles');
const trainShare = Number(option('train-share') ?? 1);
const seed = option('seed') ?? '';
if (!(trainShare > 0 && trainShare <= 1)) throw new Error('--train-share= takes a share above 0 and at most 1, e.g. 0.5');
if (rolesFrom && !['authors', 'pages', 'sites'].includes(rolesFrom)) throw new Error('--roles= takes authors, pages or sites');

/** A set's source: its file name without an extension set's "-2" or "-3". */
const sourceOf = (file: string) => file.split('/').pop()!.replace(/\.jsonl$/, '').replace(/-\d$/, '');
const foldOf = (file: string) => parseInt(contentHash(sourceOf(file)).slice(0, 8), 16) % FOLDS;

function main(): void {
  const { sets, missing } = commentTrainingSets(root);
  if (missing.length) {
    console.error(`${missing.length} development sets are not rebuilt on this machine (e.g. ${missing[0]}): mirror their repositories and run npx tsx scripts/rebuild-local-sets.ts`);
    process.exit(1);
  }
  const sentenceModel = decodeModel(JSON.parse(readFileSync(resolve(root, 'lib/classify/model.json'), 'utf8')) as ModelData);
  const lostSetsModel = JSON.parse(readFileSync(resolve(root, LOST_SETS_MODEL), 'utf8')) as ModelData;
  const development = LOCAL_SETS.filter((set) => set.development && set.trainsCommentModel && sets[`${set.letter}All`]);
  // --train-share: that share of the development sources, exactly (rounded), in an order the seed shuffles.
  const sources = [...new Set(development.map((set) => sourceOf(set.file)))].sort((a, b) => contentHash(seed + a).localeCompare(contentHash(seed + b)));
  const keptSources = new Set(sources.slice(0, Math.round(trainShare * sources.length)));
  if (trainShare < 1) console.log(`training on ${keptSources.size} of ${sources.length} development sources (those outside each fold)`);
  const dropped = new Set(development.filter((set) => !keptSources.has(sourceOf(set.file))).map((set) => `${set.letter}All`));
  const judged: Judged[] = [];
  const byLanguage = new Map<string, Judged[]>();
  const dumped: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = development.filter((set) => foldOf(set.file) === fold);
    const heldOut = new Set(inFold.map((set) => `${set.letter}All`));
    const training = Object.fromEntries(Object.entries(sets).filter(([name]) => !heldOut.has(name) && !dropped.has(name)));
    const started = performance.now();
    const classifier = createClassifier({ commentModel: trainCommentModel(sentenceModel, training, lostSetsModel), ...(unfamiliarShare ? { unfamiliarRuleShare: unfamiliarShare } : {}) });
    let comments = 0;
    for (const set of inFold) {
      const items = withRoles(set, parsePageComments(readFileSync(resolve(root, set.file), 'utf8')));
      const contexts = rolesFrom ? inferredRolesOf(items, rolesFrom !== 'authors', rolesFrom === 'sites' ? siteOf(set) : '') : items.map(contextOf);
      for (const [k, item] of items.entries()) {
        const result = classifier.classify(item.text, item.lang, contexts[k]);
        const one = { accept: item.labels, must: item.must, predicted: result.labels };
        judged.push(one);
        if (dumpFile) dumped.push(JSON.stringify({ set: sourceOf(set.file), page: item.page, lang: item.lang, ...contexts[k], accept: item.labels, must: item.must, predicted: result.labels, scores: result.scores, cues: result.cues, text: item.text }));
        const lang = item.lang ?? '?';
        byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), one]);
        comments++;
      }
    }
    console.log(`fold ${fold + 1}/${FOLDS}: ${inFold.length} sets, ${comments} comments, trained and scored in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  if (dumpFile) writeFileSync(dumpFile, dumped.join('\n') + '\n');
  const report = evaluate(judged);
  console.log(formatReport(`development sets, ${FOLDS} folds by source`, report).join('\n'));
  console.log(`macro-F1 to four places (to compare runs): ${report.macroF1.toFixed(4)}`);
  const languages = [...byLanguage].filter(([, items]) => items.length >= 200).sort((a, b) => b[1].length - a[1].length);
  console.log('per language: ' + languages.map(([lang, items]) => `${lang} ${evaluate(items).macroF1.toFixed(3)} (${items.length})`).join(', '));
}

main();
