import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { cameraAccess } from '../../state/doctorCamera';
import { addStroke, useDoctorSession } from '../../state/doctorSession';
import type { Stroke, StrokeColour } from '../../story/share/composition';
import { strokeOutline, toUnits, withPoint, type ViewFrame } from './strokePath';

export const STROKE_FILL: Record<StrokeColour, string> = { red: '#ff4d4d', yellow: '#ffd23f', blue: '#4da3ff', white: '#ffffff' };
const STROKE_WIDTH_PX = 7;

function viewFrame(element: HTMLElement): ViewFrame {
  const centre = cameraAccess()?.centre();
  const rect = element.getBoundingClientRect();
  return centre ?? { x: rect.width / 2, y: rect.height / 2, height: rect.height };
}

/**
 * The strokes on the view shown now, over the scene; while `drawing`, a finger, stylus or mouse draws a new one
 * (the scene below does not turn meanwhile). Each finished stroke is kept with the camera pose it was drawn on.
 */
export function StrokeOverlay({ drawing, colour }: { drawing: boolean; colour: StrokeColour }) {
  const strokes = useDoctorSession((s) => s.strokes);
  const ref = useRef<SVGSVGElement>(null);
  const [frame, setFrame] = useState<ViewFrame | null>(null);
  const [current, setCurrent] = useState<Stroke | null>(null);

  // The frame follows the layout (a panel opening moves the centre of projection), checked once a frame.
  useEffect(() => {
    const element = ref.current?.parentElement;
    if (!element) return;
    let request = 0;
    const update = () => {
      const next = viewFrame(element);
      setFrame((previous) => (previous && previous.x === next.x && previous.y === next.y && previous.height === next.height ? previous : next));
      request = requestAnimationFrame(update);
    };
    update();
    return () => cancelAnimationFrame(request);
  }, []);

  const point = (event: PointerEvent<SVGSVGElement>, on: ViewFrame | null = frame): [number, number] | null => {
    if (!on) return null;
    const rect = event.currentTarget.getBoundingClientRect();
    return toUnits(event.clientX - rect.left, event.clientY - rect.top, on);
  };
  const onDown = (event: PointerEvent<SVGSVGElement>) => {
    const parent = event.currentTarget.parentElement;
    if (!drawing || !parent) return;
    const now = viewFrame(parent);
    const p = point(event, now);
    if (!p) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    // The camera is the doctor's now: a panel opening or closing re-centres it but no longer re-frames it.
    cameraAccess()?.hold();
    setFrame(now);
    setCurrent({ colour, points: [p] });
  };
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    const p = point(event);
    if (current && p) setCurrent({ ...current, points: withPoint(current.points, p) });
  };
  const onUp = () => {
    const access = cameraAccess();
    if (current && access) addStroke(current.points.length > 1 ? current : { ...current, points: [current.points[0]!, current.points[0]!] }, access.pose());
    setCurrent(null);
  };

  const shown = current ? [...strokes, current] : strokes;
  return (
    <svg
      ref={ref}
      className={`stroke-overlay${drawing ? ' stroke-overlay--drawing' : ''}`}
      data-strokes={strokes.length}
      aria-hidden="true"
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
    >
      {frame && shown.map((stroke, i) => <path key={i} d={strokeOutline(stroke, frame, STROKE_WIDTH_PX)} fill={STROKE_FILL[stroke.colour]} />)}
    </svg>
  );
}
