// From an extracted thread to analysed comments: classify each comment and work out reply
// states and follow-ups. Shared by the background, the CLI and the tests.
import type { ExtractResult, AnalysedThread, Classification } from './thread';
import type { CommentContext } from './classify';
import { analyseThread } from './triage/analyse';
import { siteOf } from './safe-url';

export interface ClassifierLike {
  classify(text: string, lang?: string, context?: CommentContext): Classification;
}

export function staffLoginsFor(url: string, staffAccounts: Record<string, string[]>): string[] {
  return staffAccounts[siteOf(url)] ?? [];
}

export function analyseExtract(result: ExtractResult, classifier: ClassifierLike, staffLogins: string[] = []): AnalysedThread {
  // The site, so staff corrections made on it apply (the classifier learns per site).
  const site = siteOf(result.thread.url) || undefined;
  const comments = analyseThread(result.thread, result.comments, (text, lang, context) => classifier.classify(text, lang, { ...context, site }), { staffLogins });
  return { thread: result.thread, comments };
}
