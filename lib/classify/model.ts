// The compact trained model: multinomial logistic regression over hashed sentence features.
// Stored as sparse int8-quantised weights in base64 inside JSON, so it imports as a module (no fs, no eval)
// and loads in a few milliseconds.
import type { Label } from '../thread';
import type { SparseVector } from './features';

/** The serialised model (lib/classify/model.json). */
export interface ModelData {
  format: 'threadsift-classifier/1';
  version: string;
  /** Class order of the weight rows. */
  classes: Label[];
  /** Hash space size, a power of two. */
  buckets: number;
  /** Quantisation step: weight = int8 * scale. */
  scale: number;
  bias: number[];
  /** base64 of the non-zero bucket ids, delta-coded as unsigned LEB128 varints. */
  index: string;
  /** base64 of int8 weights, classes.length per listed bucket, in index order. */
  weights: string;
  /** Where the training data came from and how much of it. */
  trainedOn: Record<string, number | string>;
}

/** The shipped model's weights as decoded: one int8 code per weight and the float each code stands for. */
interface QuantisedWeights {
  codes: Uint8Array;
  /** Float32 value of each code (code 0 is 0): exactly what the dense array would hold. */
  values: Float32Array;
}

/** Model weights in memory, ready to score and to adapt. */
export class LinearModel {
  readonly classes: Label[];
  readonly buckets: number;
  readonly bias: Float64Array;
  private dense: Float32Array | null;
  // A decoded model scores from its int8 codes: a quarter of the memory of float weights, so far fewer cache
  // misses on the sparse reads of the hot loop. Any access to `weights` (to adapt or inspect them) switches the
  // model to the dense floats for good, so the codes can never be stale.
  private quantised: QuantisedWeights | null = null;

  constructor(classes: Label[], buckets: number, weights?: Float32Array, bias?: ArrayLike<number>, quantised?: QuantisedWeights) {
    this.classes = classes;
    this.buckets = buckets;
    this.dense = weights ?? (quantised ? null : new Float32Array(buckets * classes.length));
    this.quantised = this.dense ? null : quantised ?? null;
    this.bias = new Float64Array(classes.length);
    if (bias) for (let c = 0; c < classes.length; c++) this.bias[c] = bias[c] ?? 0;
  }

  /** Dense weights, bucket-major (`weights[bucket * classes + class]`). */
  get weights(): Float32Array {
    if (!this.dense) {
      const { codes, values } = this.quantised!;
      const dense = new Float32Array(codes.length);
      for (let i = 0; i < codes.length; i++) dense[i] = values[codes[i]];
      this.dense = dense;
    }
    this.quantised = null;
    return this.dense;
  }

  clone(): LinearModel {
    if (this.quantised) {
      const { codes, values } = this.quantised;
      return new LinearModel(this.classes, this.buckets, undefined, this.bias, { codes: codes.slice(), values });
    }
    return new LinearModel(this.classes, this.buckets, this.weights.slice(), this.bias);
  }

  /** Class probabilities (softmax) for one sparse vector, written into `out`. */
  predict(x: SparseVector, out: Float64Array = new Float64Array(this.classes.length)): Float64Array {
    const k = this.classes.length;
    for (let c = 0; c < k; c++) out[c] = this.bias[c];
    const ids = x.ids;
    const value = x.value;
    const q = this.quantised;
    if (q && k === 4) {
      // The shipped four classes, in registers: the same additions in the same order as the general loop.
      const { codes, values } = q;
      let o0 = out[0];
      let o1 = out[1];
      let o2 = out[2];
      let o3 = out[3];
      for (let i = 0; i < ids.length; i++) {
        const base = ids[i] * 4;
        o0 += values[codes[base]] * value;
        o1 += values[codes[base + 1]] * value;
        o2 += values[codes[base + 2]] * value;
        o3 += values[codes[base + 3]] * value;
      }
      out[0] = o0;
      out[1] = o1;
      out[2] = o2;
      out[3] = o3;
    } else if (q) {
      const { codes, values } = q;
      for (let i = 0; i < ids.length; i++) {
        const base = ids[i] * k;
        for (let c = 0; c < k; c++) out[c] += values[codes[base + c]] * value;
      }
    } else {
      const w = this.dense!;
      for (let i = 0; i < ids.length; i++) {
        const base = ids[i] * k;
        for (let c = 0; c < k; c++) out[c] += w[base + c] * value;
      }
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) if (out[c] > max) max = out[c];
    let sum = 0;
    for (let c = 0; c < k; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (let c = 0; c < k; c++) out[c] /= sum;
    return out;
  }

  /**
   * One stochastic gradient step of cross-entropy toward `target` (a class index), with per-example weight.
   * Used by training (with AdaGrad state) and by learning from staff corrections (plain SGD).
   */
  step(x: SparseVector, target: number, rate: number, weight = 1, adagrad?: Float32Array, l2 = 0): void {
    const k = this.classes.length;
    const p = this.predict(x);
    const w = this.weights;
    for (let c = 0; c < k; c++) {
      const g = (p[c] - (c === target ? 1 : 0)) * weight;
      this.bias[c] -= rate * 0.1 * g;
      for (let i = 0; i < x.ids.length; i++) {
        const j = x.ids[i] * k + c;
        const grad = g * x.value + l2 * w[j];
        if (adagrad) {
          adagrad[j] += grad * grad;
          w[j] -= (rate * grad) / Math.sqrt(adagrad[j] + 1e-8);
        } else w[j] -= rate * grad;
      }
    }
  }
}

export function decodeModel(data: ModelData): LinearModel {
  if (!data || data.format !== 'threadsift-classifier/1') throw new Error('Unknown classifier model format');
  const k = data.classes.length;
  const index = base64ToBytes(data.index);
  const q = base64ToBytes(data.weights);
  const codes = new Uint8Array(data.buckets * k);
  // The float each int8 code stands for, rounded to float32 as a Float32Array would store it.
  const values = new Float32Array(256);
  for (let code = 0; code < 256; code++) values[code] = (code > 127 ? code - 256 : code) * data.scale;
  let id = 0;
  let pos = 0;
  let row = 0;
  while (pos < index.length) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = index[pos++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    id += delta;
    for (let c = 0; c < k; c++) codes[id * k + c] = q[row * k + c];
    row++;
  }
  return new LinearModel(data.classes, data.buckets, undefined, data.bias, { codes, values });
}

/** Serialise with int8 quantisation, dropping buckets whose weights all round to zero. */
export function encodeModel(model: LinearModel, version: string, trainedOn: ModelData['trainedOn']): ModelData {
  const k = model.classes.length;
  let maxAbs = 0;
  for (const v of model.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127 || 1;
  const index: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let id = 0; id < model.buckets; id++) {
    const row: number[] = [];
    let any = false;
    for (let c = 0; c < k; c++) {
      const v = Math.max(-127, Math.min(127, Math.round(model.weights[id * k + c] / scale)));
      row.push(v & 0xff);
      if (v !== 0) any = true;
    }
    if (!any) continue;
    let delta = id - last;
    last = id;
    do {
      let byte = delta & 0x7f;
      delta = Math.floor(delta / 128);
      if (delta > 0) byte |= 0x80;
      index.push(byte);
    } while (delta > 0);
    weights.push(...row);
  }
  return {
    format: 'threadsift-classifier/1',
    version,
    classes: model.classes,
    buckets: model.buckets,
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(model.bias, (b) => Number(b.toFixed(5))),
    index: bytesToBase64(Uint8Array.from(index)),
    weights: bytesToBase64(Uint8Array.from(weights)),
    trainedOn,
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

// Own base64 so the loader needs neither Buffer (Node) nor atob (absent in some worker contexts).
export function base64ToBytes(text: string): Uint8Array {
  // One pass, six bits at a time; anything outside the alphabet (padding, line breaks) is skipped. (A cleaning regex
  // first copied the 300 KB weight strings and took a few ms of each thread's start-up.)
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    s += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return s;
}
