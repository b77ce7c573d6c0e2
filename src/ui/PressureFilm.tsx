import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../content/locale';
import { PRESSURE_FILM_TEXT } from '../content/pressureFilm';
import { pressureFilmStore } from '../state/pressureFilm';
import { structureName } from '../story/structureNames';
import { rasterizeFilm } from './pressureFilmRaster';
import './pressureFilm.css';

/** The pixels drawn last, kept while the canvas keeps its size: a drag paints the film in every frame. */
const images = new WeakMap<HTMLCanvasElement, ImageData>();

interface PixelSize {
  width: number;
  height: number;
}

/** The canvas's drawn size in device pixels. Read where layout is fresh (mounting, a resize), never in a frame. */
function drawnSize(canvas: HTMLCanvasElement): PixelSize {
  const ratio = window.devicePixelRatio || 1;
  return { width: Math.max(1, Math.round(canvas.clientWidth * ratio)), height: Math.max(1, Math.round(canvas.clientHeight * ratio)) };
}

/** Paints the published film into the canvas at its drawn size; nothing while there is none. */
function paint(canvas: HTMLCanvasElement, { width, height }: PixelSize): void {
  const film = pressureFilmStore.getState().film;
  if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext('2d');
  if (!film || !context) return;
  let image = images.get(canvas);
  if (image?.width !== width || image.height !== height) images.set(canvas, (image = context.createImageData(width, height)));
  rasterizeFilm(film, width, height, image.data);
  context.putImageData(image, 0, 0);
}

/**
 * The opened joint: the painted facet joint's lower cartilage face laid flat and large, coloured by the same pressure
 * map as the 3D joint, so the loaded patch and its growth with leaning back and a flatter disc read at any screen size.
 * Follows the scene's posture through the film store, at most once a frame, without re-rendering React.
 */
export function PressureFilm({ locale }: { locale: Locale }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [jointId, setJointId] = useState(() => pressureFilmStore.getState().film?.jointId ?? null);
  useEffect(() => {
    const node = canvas.current;
    if (!node) return;
    let frame = 0;
    let size = drawnSize(node);
    const draw = () => {
      frame = 0;
      paint(node, size);
    };
    // The size is kept from layout's own reports, so a frame's painting never makes the page lay itself out.
    const resize = new ResizeObserver(() => {
      size = drawnSize(node);
      draw();
    });
    resize.observe(node);
    const unsubscribe = pressureFilmStore.subscribe(({ film }) => {
      setJointId(film?.jointId ?? null);
      if (!frame) frame = requestAnimationFrame(draw);
    });
    draw();
    return () => {
      unsubscribe();
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [jointId]);
  const text = PRESSURE_FILM_TEXT[locale];
  return (
    <figure className="pressure-film" data-film={jointId ?? 'none'} hidden={jointId === null}>
      <figcaption className="pressure-film__caption">
        <strong>{jointId ? structureName(jointId, locale) : ''}</strong>
        <span>{text.opened}</span>
      </figcaption>
      <span className="pressure-film__head" aria-hidden="true">
        ▲ {text.headEnd}
      </span>
      <canvas ref={canvas} className="pressure-film__canvas" role="img" aria-label={text.description} />
    </figure>
  );
}
