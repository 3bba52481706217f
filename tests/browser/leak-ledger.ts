// Leak accounting shared by the browser tests: a ledger of the listeners, observers and timers an
// element could leave behind, and heap / DOM-node / listener counters read over the DevTools
// protocol after forced garbage collection.
import { cdp } from 'vitest/browser';

// Taken when the module loads, before any test fakes timers: `measure` must really wait.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
function realDelay(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

export interface Ledger {
  /** Listeners on targets outside any shadow root (window, document, the host itself, ...). */
  listeners: Map<string, WeakRef<EventTarget>>;
  resizeObservers: Set<ResizeObserver>;
  mutationObservers: Set<MutationObserver>;
  timers: Set<number>;
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function idOf(thing: object): number {
  let id = ids.get(thing);
  if (id === undefined) ids.set(thing, (id = ++nextId));
  return id;
}

function listenerKey(
  target: EventTarget,
  type: string,
  listener: object,
  options?: boolean | EventListenerOptions,
): string {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  return `${idOf(target)}|${type}|${capture}|${idOf(listener)}`;
}

/** Inside a shadow root or a detached template: such listeners die with their nodes. */
function insideComponent(target: EventTarget): boolean {
  return target instanceof Node && target.getRootNode() !== document;
}

/** Wraps the APIs an element can leak through; returns the ledger and a function that unwraps them. */
export function instrument(): { ledger: Ledger; restore: () => void } {
  const ledger: Ledger = {
    listeners: new Map(),
    resizeObservers: new Set(),
    mutationObservers: new Set(),
    timers: new Set(),
  };
  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  const RO = window.ResizeObserver;
  const MO = window.MutationObserver;
  const { setTimeout: st, clearTimeout: ct } = window;
  const wrapAdd = (original: EventTarget['addEventListener']): EventTarget['addEventListener'] =>
    function (this: EventTarget, type, listener, options) {
      if (listener && !insideComponent(this)) {
        ledger.listeners.set(listenerKey(this, type, listener, options), new WeakRef(this));
      }
      return original.call(this, type, listener, options);
    };
  const wrapRemove = (
    original: EventTarget['removeEventListener'],
  ): EventTarget['removeEventListener'] =>
    function (this: EventTarget, type, listener, options) {
      if (listener) ledger.listeners.delete(listenerKey(this, type, listener, options));
      return original.call(this, type, listener, options);
    };
  proto.addEventListener = wrapAdd(addEventListener);
  proto.removeEventListener = wrapRemove(removeEventListener);
  // The test runner gives window listener methods of its own, which shadow EventTarget's.
  const ownWindowAdd = Object.hasOwn(window, 'addEventListener')
    ? window.addEventListener
    : undefined;
  const ownWindowRemove = Object.hasOwn(window, 'removeEventListener')
    ? window.removeEventListener
    : undefined;
  if (ownWindowAdd) window.addEventListener = wrapAdd(ownWindowAdd);
  if (ownWindowRemove) window.removeEventListener = wrapRemove(ownWindowRemove);
  window.ResizeObserver = class extends RO {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      ledger.resizeObservers.add(this);
    }
    override disconnect(): void {
      ledger.resizeObservers.delete(this);
      super.disconnect();
    }
  };
  window.MutationObserver = class extends MO {
    constructor(callback: MutationCallback) {
      super(callback);
      ledger.mutationObservers.add(this);
    }
    override disconnect(): void {
      ledger.mutationObservers.delete(this);
      super.disconnect();
    }
  };
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(
      (...a: unknown[]) => {
        ledger.timers.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    ledger.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) ledger.timers.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  return {
    ledger,
    restore: () => {
      proto.addEventListener = addEventListener;
      proto.removeEventListener = removeEventListener;
      if (ownWindowAdd) window.addEventListener = ownWindowAdd;
      if (ownWindowRemove) window.removeEventListener = ownWindowRemove;
      window.ResizeObserver = RO;
      window.MutationObserver = MO;
      window.setTimeout = st;
      window.clearTimeout = ct;
    },
  };
}

/** Listeners that can keep an element alive: on targets still in the document, or not nodes at all. */
export function liveListeners(ledger: Ledger): number {
  let count = 0;
  for (const ref of ledger.listeners.values()) {
    const target = ref.deref();
    if (!target || (target instanceof Node && !target.isConnected)) continue;
    count += 1;
  }
  return count;
}

export interface Counters {
  heap: number;
  nodes: number;
  jsEventListeners: number;
}

export async function measure(): Promise<Counters> {
  const session = cdp();
  const samples: Counters[] = [];
  for (let i = 0; i < 3; i += 1) {
    await session.send('HeapProfiler.collectGarbage');
    await realDelay(20);
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await session.send('Memory.getDOMCounters')) as {
      nodes: number;
      jsEventListeners: number;
    };
    samples.push({ heap: heap.usedSize, nodes: dom.nodes, jsEventListeners: dom.jsEventListeners });
  }
  // The smallest of several samples after GC: the least noisy estimate of what is really retained.
  return {
    heap: Math.min(...samples.map((s) => s.heap)),
    nodes: Math.min(...samples.map((s) => s.nodes)),
    jsEventListeners: Math.min(...samples.map((s) => s.jsEventListeners)),
  };
}
