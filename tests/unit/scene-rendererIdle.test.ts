import type { WebGLRenderer } from 'three';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenRendererIdle } from '../../src/scene/rendererIdle';

const TIMEOUT_EXPIRED = 0x911b;
const CONDITION_SATISFIED = 0x911c;
const WAIT_FAILED = 0x911d;

/** A WebGL2 context whose fence answers `statuses` in turn, as the browser's cache of the GPU's progress would. */
function fakeRenderer(statuses: number[], fence: object | null = {}) {
  const context = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    TIMEOUT_EXPIRED,
    WAIT_FAILED,
    fenceSync: vi.fn(() => fence),
    flush: vi.fn(),
    clientWaitSync: vi.fn((_sync: object, _flags: number, _timeout: number) => statuses.shift() ?? CONDITION_SATISFIED),
    deleteSync: vi.fn(),
  };
  return { context, gl: { getContext: () => context } as unknown as WebGLRenderer };
}

describe('waiting for the renderer to catch up', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('resolves only once the GPU has done what was asked before, polling without ever blocking the page', async () => {
    const { context, gl } = fakeRenderer([TIMEOUT_EXPIRED, TIMEOUT_EXPIRED, CONDITION_SATISFIED]);
    let idle = false;
    void whenRendererIdle(gl).then(() => (idle = true));
    expect(context.flush).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(idle).toBe(true);
    expect(context.clientWaitSync).toHaveBeenCalledTimes(3);
    // A zero timeout: the browser answers from its cache instead of waiting for the GPU.
    for (const [, , timeout] of context.clientWaitSync.mock.calls) expect(timeout).toBe(0);
    expect(context.deleteSync).toHaveBeenCalledTimes(1);
  });

  it('fails, and lets go of its fence, when the context is lost while it waits', async () => {
    const { context, gl } = fakeRenderer([TIMEOUT_EXPIRED, WAIT_FAILED]);
    const waiting = whenRendererIdle(gl);
    const failed = expect(waiting).rejects.toThrow(/lost/);
    await vi.advanceTimersByTimeAsync(40);
    await failed;
    expect(context.deleteSync).toHaveBeenCalledTimes(1);
  });

  it('fails at once on a context already lost (no fence can be made)', async () => {
    const { context, gl } = fakeRenderer([], null);
    await expect(whenRendererIdle(gl)).rejects.toThrow(/lost/);
    expect(context.clientWaitSync).not.toHaveBeenCalled();
  });
});
