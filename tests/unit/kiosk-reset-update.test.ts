import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyOrCheckAppUpdate, offerUpdateCheck, offerWaitingUpdate, useAppUpdate } from '../../src/state/appUpdate';
import { toggleMark, useDoctorSession } from '../../src/state/doctorSession';
import { useKiosk } from '../../src/state/kiosk';
import { resetForNextPatient, type VisitEnvironment } from '../../src/state/visitReset';

/** A reset that touches no storage: only the stores and the update hooks matter here. */
const bare = (): VisitEnvironment => ({ local: null, session: null, history: null, pathname: '/' });

describe('a new version of the app on the clinic tablet', () => {
  beforeEach(() => {
    useAppUpdate.setState({ apply: null, check: null });
  });

  it('is taken in at the reset between patients, once, and not asked for again in the same reset', () => {
    const apply = vi.fn();
    const check = vi.fn();
    offerUpdateCheck(check);
    offerWaitingUpdate(apply);
    expect(apply).not.toHaveBeenCalled();

    resetForNextPatient(bare());
    expect(apply).toHaveBeenCalledTimes(1);
    expect(check).not.toHaveBeenCalled();
    expect(useAppUpdate.getState().apply).toBeNull();

    // The next reset has nothing waiting: it asks the server for a newer version instead.
    resetForNextPatient(bare());
    expect(apply).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('is left waiting by a reset whose caller loads the page anew itself (leaving kiosk mode)', () => {
    const apply = vi.fn();
    const check = vi.fn();
    offerUpdateCheck(check);
    offerWaitingUpdate(apply);
    resetForNextPatient(bare(), { takeUpdate: false });
    expect(apply).not.toHaveBeenCalled();
    expect(check).not.toHaveBeenCalled();
    expect(useAppUpdate.getState().apply).toBe(apply);
  });

  it('is neither taken in nor asked for where no worker is registered', () => {
    expect(applyOrCheckAppUpdate()).toBe(false);
    resetForNextPatient(bare());
    expect(useAppUpdate.getState()).toEqual({ apply: null, check: null });
  });
});

describe("the doctor's tools on the clinic tablet", () => {
  it('are put away by the reset, with the marks made during the visit', () => {
    useKiosk.setState({ active: true, doctorTools: true });
    toggleMark('facet-L4-L5-left');
    expect(useDoctorSession.getState().marks).toEqual(['facet-L4-L5-left']);
    resetForNextPatient(bare());
    expect(useKiosk.getState().doctorTools).toBe(false);
    expect(useDoctorSession.getState().marks).toEqual([]);
  });
});
