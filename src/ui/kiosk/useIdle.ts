import { useEffect, useState } from 'react';
import { idlePhase, type IdlePhase, type KioskSettings } from '../../story/kioskSettings';
import { resetForNextPatient } from '../../state/visitReset';

const IN_USE: IdlePhase = { name: 'in-use' };
const TICK_MS = 250;
/** What counts as somebody there: a touch, a click, a key, a wheel turn. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

const samePhase = (a: IdlePhase, b: IdlePhase) => a.name === b.name && (a.name !== 'question' || b.name !== 'question' || a.secondsLeft === b.secondsLeft);

/**
 * The tablet's idle clock while `watching` (not on the attract screen): in use, then the "still there?" question
 * with its countdown, then the reset for the next patient. Any touch starts the clock again.
 */
export function useIdle(watching: boolean, settings: KioskSettings): IdlePhase {
  const [phase, setPhase] = useState<IdlePhase>(IN_USE);
  useEffect(() => {
    if (!watching) return;
    let lastActivity = performance.now();
    const onActivity = () => {
      lastActivity = performance.now();
      setPhase(IN_USE);
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const next = idlePhase(performance.now() - lastActivity, settings);
      if (next.name === 'reset') {
        setPhase(IN_USE);
        resetForNextPatient();
      } else setPhase((current) => (samePhase(current, next) ? current : next));
    }, TICK_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [watching, settings]);
  return watching ? phase : IN_USE;
}
