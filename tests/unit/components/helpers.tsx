// Shared set-up for the component tests: a real TriageStore on fake-indexeddb, a fake PageHost
// that records what the pages send, and a DOM container with the layout jsdom lacks.
// idb checks `instanceof IDBRequest`, so the IndexedDB globals must exist too.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { openStore } from '../../../lib/store';
import type { TriageStore } from '../../../lib/store/types';
import type { AnyEnvelope, MessageName, RequestOf, ResponseOf } from '../../../lib/messages';
import type { AnalysedComment, Label, ScrapedThread } from '../../../lib/thread';
import type { PageHost } from '../../../components/host';

export async function freshStore(): Promise<TriageStore> {
  return openStore({ factory: new IDBFactory(), name: `test-${Math.random()}` });
}

export function thread(url = 'https://blog.example.org/post/1', title = 'Release notes 2.0'): ScrapedThread {
  return { url, title, platform: 'wordpress', author: 'editor', commentCountClaimed: null, warnings: [] };
}

let counter = 0;
export function comment(text: string, labels: Label[], extra: Partial<AnalysedComment> = {}): AnalysedComment {
  counter += 1;
  const scores = { thanks: 0, question: 0, bug: 0, other: 0 } as Record<Label, number>;
  labels.forEach((label, i) => (scores[label] = 0.9 - i * 0.1));
  const actionable = labels.includes('question') || labels.includes('bug');
  return {
    id: `c${counter}`,
    author: `reader${counter}`,
    publishedAt: new Date(Date.UTC(2024, 0, counter)).toISOString(),
    text,
    permalink: `https://blog.example.org/post/1#comment-${counter}`,
    parentId: null,
    staff: false,
    labels,
    scores,
    cues: labels.includes('question') ? { question: text.slice(0, 40) } : {},
    reply: actionable ? { state: 'unanswered', by: null } : null,
    followUp: false,
    ...extra,
  };
}

export interface FakeHost extends PageHost {
  sent: Array<{ name: MessageName; data: unknown }>;
  broadcast(message: AnyEnvelope): void;
}

export function fakeHost(answers: Partial<{ [K in MessageName]: (data: RequestOf<K>) => ResponseOf<K> }> = {}): FakeHost {
  const listeners = new Set<(message: AnyEnvelope) => void>();
  const sent: FakeHost['sent'] = [];
  return {
    sent,
    async send(name, data) {
      sent.push({ name, data });
      const answer = answers[name] as ((data: unknown) => unknown) | undefined;
      if (answer) return answer(data) as never;
      if (name === 'tabs.list') return [] as never;
      return undefined as never;
    },
    onBroadcast(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    broadcast(message) {
      for (const listener of listeners) listener(message);
    },
    requestOrigins: async () => true,
    hasOrigins: async () => false,
    removeOrigins: async () => true,
    openExtensionPage: async () => undefined,
  };
}

/** jsdom has no layout: give scroll containers a height so the virtual list renders rows. */
export function fakeLayout(height = 800): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  HTMLElement.prototype.scrollTo = function scrollTo() {} as typeof HTMLElement.prototype.scrollTo;
  HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(node, container));
  return container;
}

export async function unmount(container: HTMLElement): Promise<void> {
  await act(() => render(null, container));
  container.remove();
}

/**
 * Polls (letting IndexedDB and timers run) until the check passes. The limit is generous: on a loaded 2-core machine
 * a relabel (store, correction, model adaptation) once took just over 3 s, and once, with the whole unit suite running,
 * over 10 s; a check that never passes fails anyway.
 */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    let value: T | null | undefined | false;
    let failure: unknown;
    try {
      value = check();
    } catch (error) {
      failure = error;
    }
    if (value) return value;
    if (Date.now() - start > timeout) throw failure ?? new Error('waitFor: timed out');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export async function press(key: string, options: KeyboardEventInit = {}, target: EventTarget = document.activeElement ?? document.body): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));
  });
}

export function rows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="queue-row"]')];
}
