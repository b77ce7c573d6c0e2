import { describe, expect, it } from 'vitest';
import { serviceWorkerContainer } from '../../src/ui/serviceWorker';

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
