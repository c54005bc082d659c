// The one training loop both models share: shuffled epochs of AdaGrad steps, seeded so every run is the same.
import type { SparseVector } from '../lib/classify/features';
import type { LinearModel } from '../lib/classify/model';
import { mulberry32 } from './seeded-random';

export interface TrainingInstance {
  x: SparseVector;
  target: number;
  /** The instance's weight, class weight included. */
  weight: number;
}

export function fitWithAdaGrad(
  model: LinearModel,
  instances: TrainingInstance[],
  options: { epochs: number; rate: number; l2: number; seed: number },
): void {
  const adagrad = new Float32Array(model.buckets * model.classes.length);
  const random = mulberry32(options.seed);
  const order = instances.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) model.step(instances[i].x, instances[i].target, options.rate, instances[i].weight, adagrad, options.l2);
  }
}
