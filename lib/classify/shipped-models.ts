// The shipped models (lib/classify/model.json, comment-model.json), decoded once on first use and shared by every
// classifier of the thread.
import { decodeModel, type LinearModel, type ModelData } from './model';
import shippedModel from './model.json';
import shippedCommentModelData from './comment-model.json';

export { shippedModel, shippedCommentModelData };

let decodedShipped: LinearModel | null = null;
export function shipped(): LinearModel {
  decodedShipped ??= decodeModel(shippedModel as ModelData);
  return decodedShipped;
}
let decodedComment: LinearModel | null = null;
export function shippedCommentModel(): LinearModel {
  decodedComment ??= decodeModel(shippedCommentModelData as ModelData);
  return decodedComment;
}
