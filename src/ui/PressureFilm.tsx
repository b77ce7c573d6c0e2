import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../content/locale';
import { PRESSURE_FILM_TEXT } from '../content/pressureFilm';
import { pressureFilmStore } from '../state/pressureFilm';
import { structureName } from '../story/structureNames';
import { rasterizeFilm } from './pressureFilmRaster';
import './pressureFilm.css';

/** The pixels drawn last, kept while the canvas keeps its size: a drag paints the film in every frame. */
const images = new WeakMap<HTMLCanvasElement, ImageData>();

/** Paints the published film into the canvas at its drawn size (device pixels); nothing while there is none. */
function paint(canvas: HTMLCanvasElement): void {
  const film = pressureFilmStore.getState().film;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
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
    let frame = 0;
    const draw = () => {
      frame = 0;
      if (canvas.current) paint(canvas.current);
    };
    const unsubscribe = pressureFilmStore.subscribe(({ film }) => {
      setJointId(film?.jointId ?? null);
      if (!frame) frame = requestAnimationFrame(draw);
    });
    draw();
    return () => {
      unsubscribe();
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
