// The page reader: injected on demand (activeTab + scripting) into the tab being scanned, and into open tabs on
// sites the user allowed while the dashboard's Open tabs panel asks which hold a thread; never declared for every
// page. It extracts the thread, draws the in-page marks and reveals comments.
// Classification and storage happen in the background, so this bundle carries no classifier.
import browser from 'webextension-polyfill';
import { dispatch, type Handlers } from '../lib/messages';
import { detectPlatform, extractReply } from '../lib/extract/registry';
import { applyMarks, revealComment } from '../lib/page/marks';
import { sendToBackground } from '../utils/messaging';

declare global {
  interface Window {
    __threadsiftReader?: boolean;
    /** Read by the background's frame probe (same isolated world) to find a comment frame such as Disqus. */
    __threadsiftPlatform?: () => string | null;
  }
}

export default defineUnlistedScript(() => {
  // Injected again on every scan: listen only once per page. Own properties only: the page's elements show through
  // window by id in this world too (<div id="__threadsiftReader"> would otherwise switch the reader off).
  if (Object.prototype.hasOwnProperty.call(window, '__threadsiftReader')) return;
  window.__threadsiftReader = true;
  window.__threadsiftPlatform = () => detectPlatform(document);

  const handlers: Handlers = {
    'page.probe': () => ({ platform: detectPlatform(document) }),
    'page.extract': ({ now }) =>
      extractReply(document, {
        url: location.href,
        now: new Date(now),
        fetch: (url) => fetch(url, { credentials: 'same-origin' }),
        onProgress: (p) => void sendToBackground('scan.progress', p).catch(() => {}),
      }),
    'page.mark': ({ marks }) => ({ marked: applyMarks(document, marks) }),
    'page.reveal': ({ id, permalink }) => ({ found: revealComment(document, id, permalink) }),
  };

  browser.runtime.onMessage.addListener((message: unknown) => dispatch(handlers, message, {}));
});
