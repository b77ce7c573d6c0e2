import { useExplainer } from '../state/store';
import { CARTILAGE_HEX, PRESSURE_GRADIENT_CSS, PRESSURE_SCALE_MAX_MPA, PRESSURE_SCALE_TICKS_MPA } from '../scene/pressureScale';
import { PressureFilm } from './PressureFilm';

interface Props {
  title: string;
  /** Names the cartilage colour, which means no contact (not a low pressure). */
  noContact: string;
}

/**
 * The colour key of the cartilage pressure map, in MPa (the top colour also stands for anything above the range), under
 * the opened joint that shows the map large.
 */
export function PressureLegend({ title, noContact }: Props) {
  const locale = useExplainer((s) => s.locale);
  return (
    <div className="pressure-legend" data-legend="pressure" data-obstacle>
      <PressureFilm locale={locale} />
      <span className="pressure-legend__title">{title}</span>
      <span className="pressure-legend__bar" style={{ background: PRESSURE_GRADIENT_CSS }} aria-hidden="true" />
      <span className="pressure-legend__ticks">
        {PRESSURE_SCALE_TICKS_MPA.map((mpa) => (
          <span key={mpa}>{mpa === PRESSURE_SCALE_MAX_MPA ? `${mpa}+ MPa` : mpa}</span>
        ))}
      </span>
      <span className="pressure-legend__none">
        <span className="pressure-legend__swatch" style={{ background: CARTILAGE_HEX }} aria-hidden="true" />
        {noContact}
      </span>
    </div>
  );
}
