import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportFirstFrame, useLoadProgress } from '../../src/state/loadProgress';
import { webglRefused } from '../../src/state/webglSupport';
import { FIRST_VIEW_WAIT_MS, firstViewShown, serviceWorkerContainer } from '../../src/ui/serviceWorker';

const container = { register: () => Promise.resolve() } as unknown as ServiceWorkerContainer;

/** Just enough of a window for the checks: its origin, secure context and navigator. */
const fakeWindow = (over: { origin?: string; isSecureContext?: boolean; navigator?: object }): Window =>
  ({ origin: 'https://clinic.example', isSecureContext: true, navigator: { serviceWorker: container }, ...over }) as unknown as Window;

describe('where the offline worker is registered', () => {
  it('registers in a page of its own origin over a secure connection', () => {
    expect(serviceWorkerContainer(fakeWindow({}))).toBe(container);
  });

  it('skips an iframe sandboxed without allow-same-origin (an opaque origin)', () => {
    expect(serviceWorkerContainer(fakeWindow({ origin: 'null' }))).toBeNull();
  });

  it('skips quietly where reading the container throws', () => {
    const navigator = Object.defineProperty({}, 'serviceWorker', {
      get() {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
    expect(serviceWorkerContainer(fakeWindow({ navigator }))).toBeNull();
  });

  it('skips a browser without service workers and a page outside a secure context', () => {
    expect(serviceWorkerContainer(fakeWindow({ navigator: {} }))).toBeNull();
    expect(serviceWorkerContainer(fakeWindow({ isSecureContext: false }))).toBeNull();
  });
});

describe('when the offline worker starts precaching', () => {
  afterEach(() => {
    vi.useRealTimers();
    useLoadProgress.setState({ firstFrame: false });
  });

  /** The page's timers (the fake ones, once installed). */
  const timers = {
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
  } as unknown as Pick<Window, 'setTimeout' | 'clearTimeout'>;

  /** Whether `promise` has settled after the pending callbacks run. */
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('waits for the first 3D frame, so that its downloads do not compete with the scene', async () => {
    vi.useFakeTimers();
    useLoadProgress.setState({ firstFrame: false });
    const waiting = firstViewShown(timers);
    await vi.advanceTimersByTimeAsync(FIRST_VIEW_WAIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    reportFirstFrame();
    expect(await settled(waiting)).toBe(true);
  });

  it('starts at once where the frame is drawn already, and at the latest after its wait where none comes', async () => {
    vi.useFakeTimers();
    useLoadProgress.setState({ firstFrame: true });
    expect(await settled(firstViewShown(timers))).toBe(true);
    useLoadProgress.setState({ firstFrame: false });
    const waiting = firstViewShown(timers);
    await vi.advanceTimersByTimeAsync(FIRST_VIEW_WAIT_MS);
    expect(await settled(waiting)).toBe(true);
  });

  // Last: the page's WebGL answer, once given, stays for the rest of this file.
  it('starts at once on a page that draws no 3D (its text form), without waiting for a frame that never comes', async () => {
    vi.useFakeTimers();
    useLoadProgress.setState({ firstFrame: false });
    const waiting = firstViewShown(timers);
    expect(await settled(waiting)).toBe(false);
    webglRefused();
    expect(await settled(waiting)).toBe(true);
  });
});
