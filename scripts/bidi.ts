// A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/) for driving Firefox:
// commands with ids and timeouts, events by method name. playwright-core 1.65's own BiDi driver
// needs commands Firefox ESR 153 lacks (emulation.setMediaFeaturesOverride), and it cannot install
// a temporary add-on, so the Firefox tests speak the protocol themselves.
// Node 20 has no global WebSocket: undici's is the same WHATWG WebSocket Node 22 ships.
import { WebSocket } from 'undici';

export type BidiParams = Record<string, unknown>;
type EventListener = (params: BidiParams) => void;

interface Pending {
  method: string;
  resolve(result: BidiParams): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, EventListener[]>();
  private closedWith: string | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.onmessage = (event) => this.receive(String(event.data));
    socket.onclose = () => this.failAll('the WebDriver BiDi connection closed');
    socket.onerror = () => this.failAll('the WebDriver BiDi connection failed');
  }

  static connect(url: string, timeout = 30_000): Promise<BidiConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => {
        socket.close();
        reject(new Error(`Timed out after ${timeout} ms connecting to WebDriver BiDi at ${url}`));
      }, timeout);
      socket.onopen = () => {
        clearTimeout(timer);
        resolve(new BidiConnection(socket));
      };
      socket.onerror = () => {
        clearTimeout(timer);
        reject(new Error(`Could not connect to WebDriver BiDi at ${url}`));
      };
    });
  }

  /** Sends one command; rejects with the browser's error, or after `timeout` ms without an answer. */
  send<T extends BidiParams = BidiParams>(method: string, params: BidiParams = {}, timeout = 30_000): Promise<T> {
    if (this.closedWith) return Promise.reject(new Error(`${method}: ${this.closedWith}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Timed out after ${timeout} ms waiting for Firefox to answer ${method}`));
      }, timeout);
      this.pending.set(id, { method, resolve: resolve as (result: BidiParams) => void, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method: string, listener: EventListener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  close(): void {
    this.failAll('the WebDriver BiDi connection was closed');
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as { id?: number; type: string; method?: string; params?: BidiParams; result?: BidiParams; error?: string; message?: string };
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      return;
    }
    const pending = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id!);
    clearTimeout(pending.timer);
    if (message.type === 'error') pending.reject(new Error(`${pending.method}: ${message.error}: ${message.message}`));
    else pending.resolve(message.result ?? {});
  }

  private failAll(reason: string): void {
    this.closedWith ??= reason;
    for (const { method, reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error(`${method}: ${reason}`));
    }
    this.pending.clear();
  }
}

/** A script.evaluate / script.callFunction result: a value, or an exception thrown in the page. */
export interface EvaluateResult extends BidiParams {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}
