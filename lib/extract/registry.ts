// The one place that knows every extractor: specific platforms first (detected by markup), generic last.
// extractThread never throws anything but NoThreadError: an extractor that fails hands over to the next one.
import type { ExtractResult } from '../thread';
import type { ExtractFailure, ResponseOf } from '../messages';
import type { ExtractContext, Extractor } from './types';
import { inaturalist } from './inaturalist';
import { github } from './github';
import { pixnet } from './pixnet';
import { blogger } from './blogger';
import { phpbb } from './phpbb';
import { wordpress } from './wordpress';
import { discourse } from './discourse';
import { xenforo } from './xenforo';
import { hackernews } from './hackernews';
import { reddit } from './reddit';
import { stackexchange } from './stackexchange';
import { disqus } from './disqus';
import { lemmy } from './lemmy';
import { generic } from './generic';
import { refreshMarkers } from './markers';
import { rebasePermalinks } from './thread-url';

/** Specific platforms first; the most generic markup (WordPress) late; the generic fallback last. */
export const EXTRACTORS: Extractor[] = [
  inaturalist,
  github,
  discourse,
  xenforo,
  hackernews,
  reddit,
  stackexchange,
  disqus,
  lemmy,
  pixnet,
  blogger,
  phpbb,
  wordpress,
  generic,
];

export class NoThreadError extends Error {
  readonly tried: string[];
  constructor(tried: string[]) {
    super(`No comment thread found on this page (tried: ${tried.join(', ')})`);
    this.name = 'NoThreadError';
    this.tried = tried;
  }
}

function defaultContext(doc: Document): ExtractContext {
  let url = 'about:blank';
  try {
    url = doc.URL || doc.location?.href || url;
  } catch {
    // linkedom documents may lack a URL
  }
  return { url, now: new Date() };
}

/** Cheap probe (markup only, no extraction): the platform whose markup the page carries, or null. */
export function detectPlatform(doc: Document): string | null {
  const ctx = defaultContext(doc);
  try {
    refreshMarkers(doc);
  } catch {
    return null;
  }
  for (const extractor of EXTRACTORS) {
    if (extractor.id === 'generic') continue;
    try {
      if (extractor.canExtract(doc, ctx)) return extractor.id;
    } catch {
      // a probe that fails is a probe that says no
    }
  }
  return null;
}

/** Reads the page's comment thread with the first extractor that finds comments. */
export async function extractThread(doc: Document, ctx: ExtractContext): Promise<ExtractResult> {
  const context: ExtractContext = { ...defaultContext(doc), ...ctx };
  if (!(context.now instanceof Date) || Number.isNaN(context.now.getTime())) context.now = new Date();
  try {
    refreshMarkers(doc);
  } catch {
    throw new NoThreadError(EXTRACTORS.map((e) => e.id));
  }
  for (const extractor of EXTRACTORS) {
    try {
      if (!doc?.documentElement || !extractor.canExtract(doc, context)) continue;
      const result = await extractor.extract(doc, context);
      // Saved pages opened from disk: permalinks point at the thread's canonical URL, not the local file.
      if (result.comments.length > 0) return rebasePermalinks(result, context.url);
    } catch {
      // Broken markup for this platform: let the next extractor (finally generic) try.
    }
  }
  throw new NoThreadError(EXTRACTORS.map((e) => e.id));
}

/**
 * extractThread as the page reader answers 'page.extract'. The failure says its kind, so the background tells
 * "no thread in this frame" (then tries a comment frame such as Disqus's) without reading the sentence.
 */
export async function extractReply(doc: Document, ctx: ExtractContext): Promise<ResponseOf<'page.extract'>> {
  try {
    return { ok: true, result: await extractThread(doc, ctx) };
  } catch (error) {
    const failure: ExtractFailure = {
      ok: false,
      kind: error instanceof NoThreadError ? 'no-thread' : 'other',
      error: error instanceof Error ? error.message : String(error),
    };
    return failure;
  }
}
