/** What RECORD_UNWAITED_LINKS saw: programs linked after the first picture, and those read back before a fence said the GPU had linked them. */
export interface LinkWaits {
  linkedAfterFirstPicture: number;
  /** For each such read: how many programs had been linked by then (its place in the order), for the message. */
  readBeforeLinked: number[];
}

declare global {
  interface Window {
    __linkWaits?: LinkWaits;
  }
}

/**
 * Runs in the page before its scripts (`page.addInitScript`; plain JavaScript, as the page gets it). It numbers every
 * program link and fence in the order asked, notes the latest fence seen signalled, and, once the scene has drawn its
 * first picture, records each program whose uniforms are first read (three's first use of it) while no fence asked
 * after its link has been seen signalled: a read the page can only answer by waiting for the GPU.
 */
export const RECORD_UNWAITED_LINKS = `
  const proto = WebGL2RenderingContext.prototype;
  const record = { linkedAfterFirstPicture: 0, readBeforeLinked: [] };
  window.__linkWaits = record;
  const afterFirstPicture = () => window.__spineProbe?.firstFrameMs != null;
  let order = 0;
  let links = 0;
  let signalledUpTo = 0;
  const linkedAt = new WeakMap();
  const fencedAt = new WeakMap();
  const read = new WeakSet();
  const linkProgram = proto.linkProgram;
  proto.linkProgram = function (program) {
    linkedAt.set(program, ++order);
    links += 1;
    if (afterFirstPicture()) record.linkedAfterFirstPicture += 1;
    return linkProgram.call(this, program);
  };
  const fenceSync = proto.fenceSync;
  proto.fenceSync = function (condition, flags) {
    const fence = fenceSync.call(this, condition, flags);
    if (fence) fencedAt.set(fence, ++order);
    return fence;
  };
  const clientWaitSync = proto.clientWaitSync;
  proto.clientWaitSync = function (fence, flags, timeout) {
    const status = clientWaitSync.call(this, fence, flags, timeout);
    if (status === this.ALREADY_SIGNALED || status === this.CONDITION_SATISFIED) signalledUpTo = Math.max(signalledUpTo, fencedAt.get(fence) ?? 0);
    return status;
  };
  const getProgramParameter = proto.getProgramParameter;
  proto.getProgramParameter = function (program, name) {
    if (name === this.ACTIVE_UNIFORMS && !read.has(program)) {
      read.add(program);
      if (afterFirstPicture() && (linkedAt.get(program) ?? 0) > signalledUpTo) record.readBeforeLinked.push(links);
    }
    return getProgramParameter.call(this, program, name);
  };
`;
