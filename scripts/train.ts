// npm run train: fit the sentence model on the forum sentences + our examples (minus the held-out split)
// and write lib/classify/model.json. Deterministic: fixed split, seeded shuffle, no clock or randomness.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Label } from '../lib/thread';
import { featurize } from '../lib/classify/features';
import { contentHash } from '../lib/classify/hash';
import { LinearModel, decodeModel, encodeModel, type ModelData } from '../lib/classify/model';
import { sentenceSignals, signalScreenTable, signalScreen } from '../lib/classify/signals';
import { isHeldOut, parseExamples, parseForumCsv, type LabelledText } from '../lib/classify/training-data';
import { screenTableModule } from './screen-table-module';
import { LOST_SETS_MODEL, commentTrainingSets, trainCommentModel } from './train-comment-model';
import { fitWithAdaGrad, type TrainingInstance } from './fit-linear';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FORUM_CSV = resolve(root, '../shared/datasets/tizard2019-forum/sentences.csv');
export const EXAMPLES = resolve(root, 'data/examples.jsonl');
const MODEL_OUT = resolve(root, 'lib/classify/model.json');
const COMMENT_MODEL_OUT = resolve(root, 'lib/classify/comment-model.json');
const SCREEN_TABLE_OUT = resolve(root, 'lib/classify/screen-table.ts');

const CLASSES: Label[] = ['thanks', 'question', 'bug', 'other'];
const BUCKETS = 1 << 18;
const EPOCHS = 8;
const RATE = 0.25;
const L2 = 1e-5;
/** Our examples carry the multilingual and hard cases the forum lacks: weight them up. */
const EXAMPLE_WEIGHT = 1.5;
/** Extra weight on the classes whose recall matters most. */
const RECALL_BOOST: Record<Label, number> = { thanks: 1, question: 1.25, bug: 1.25, other: 1 };


export function train(): { model: ReturnType<typeof encodeModel>; counts: Record<string, number> } {
  const forum = parseForumCsv(readFileSync(FORUM_CSV, 'utf8'));
  const examples = parseExamples(readFileSync(EXAMPLES, 'utf8'));
  const trainForum = forum.filter((e) => !isHeldOut(e.key));
  const trainExamples = examples.filter((e) => !isHeldOut(e.key));

  const classCounts = new Map<number, number>();
  const raw: Array<{ item: LabelledText; target: number; weight: number }> = [];
  const add = (item: LabelledText, weight: number) => {
    // A multi-label example teaches each of its labels, sharing its weight.
    for (const label of item.labels) {
      const target = CLASSES.indexOf(label);
      raw.push({ item, target, weight: weight / item.labels.length });
      classCounts.set(target, (classCounts.get(target) ?? 0) + weight / item.labels.length);
    }
  };
  trainForum.forEach((e) => add(e, 1));
  trainExamples.forEach((e) => add(e, EXAMPLE_WEIGHT));

  // Square-root inverse-frequency class weights: the forum data is 71% 'other'.
  const total = [...classCounts.values()].reduce((a, b) => a + b, 0);
  const classWeight = CLASSES.map((label, c) => Math.sqrt(total / (CLASSES.length * (classCounts.get(c) ?? 1))) * RECALL_BOOST[label]);

  const instances: TrainingInstance[] = raw.map(({ item, target, weight }) => ({
    x: featurize(item.text, sentenceSignals(item.text), BUCKETS),
    target,
    weight: weight * classWeight[target],
  }));

  const model = new LinearModel(CLASSES, BUCKETS);
  fitWithAdaGrad(model, instances, { epochs: EPOCHS, rate: RATE, l2: L2, seed: 20190601 });

  const counts = {
    forumTrain: trainForum.length,
    forumHeldOut: forum.length - trainForum.length,
    examplesTrain: trainExamples.length,
    examplesHeldOut: examples.length - trainExamples.length,
  };
  const provisional = encodeModel(model, 'pending', {});
  const version = `tsc1-${contentHash(provisional.index + provisional.weights + provisional.bias.join(',')).slice(0, 10)}`;
  return {
    model: encodeModel(model, version, {
      ...counts,
      buckets: BUCKETS,
      epochs: EPOCHS,
      attribution: 'Tizard, Wang, Yohannes, Blincoe (2019), "Can a Conversation Paint a Picture? Mining Requirements in Software Forums", RE 2019; CC BY',
    }),
    counts,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  // The regex pre-screen's literals, so that the classifier starts without deriving them (prescreen.ts).
  if (!signalScreen().fromTable) {
    const table = screenTableModule(signalScreenTable());
    writeFileSync(SCREEN_TABLE_OUT, table);
    console.log(`wrote ${SCREEN_TABLE_OUT} (${(table.length / 1024).toFixed(0)} KB): the lexicon changed since it was written`);
  }
  const { model, counts } = train();
  const json = JSON.stringify(model);
  writeFileSync(MODEL_OUT, json + '\n');
  console.log(`trained ${model.version} on ${counts.forumTrain} forum sentences + ${counts.examplesTrain} examples`);
  console.log(`held out: ${counts.forumHeldOut} forum sentences, ${counts.examplesHeldOut} examples`);
  console.log(`wrote ${MODEL_OUT} (${(json.length / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The comment model learns from the rules' readings under this sentence model, exactly as they run when shipped.
  const { sets, missing, lost } = commentTrainingSets(root);
  if (missing.length) {
    console.log(`kept the shipped comment model: ${missing.length} of its training sets are not on this machine, e.g. ${missing.slice(0, 2).join(', ')}; mirror their repositories and run npx tsx scripts/rebuild-local-sets.ts (see data/README.md)`);
  } else {
    const commentStarted = performance.now();
    const lostSetsModel = JSON.parse(readFileSync(resolve(root, LOST_SETS_MODEL), 'utf8')) as ModelData;
    const commentModel = trainCommentModel(decodeModel(model), sets, lostSetsModel);
    const commentJson = JSON.stringify(commentModel);
    writeFileSync(COMMENT_MODEL_OUT, commentJson + '\n');
    const total = Object.values(sets).reduce((a, items) => a + items.length, 0);
    console.log(`trained comment model ${commentModel.version} on ${total} labelled comments from ${Object.keys(sets).length} sets, blended evenly with ${lostSetsModel.version} (${lost.length} sets lost before session 22)`);
    console.log(`wrote ${COMMENT_MODEL_OUT} (${(commentJson.length / 1024).toFixed(0)} KB) in ${((performance.now() - commentStarted) / 1000).toFixed(1)} s`);
  }
}
