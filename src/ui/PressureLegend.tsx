import { CARTILAGE_HEX, PRESSURE_GRADIENT_CSS, PRESSURE_SCALE_MAX_MPA, PRESSURE_SCALE_TICKS_MPA } from '../scene/pressureScale';

interface Props {
  title: string;
  /** Names the cartilage colour, which means no contact (not a low pressure). */
  noContact: string;
}

/** The colour key of the cartilage pressure map, in MPa; the top colour also stands for anything above the range. */
export function PressureLegend({ title, noContact }: Props) {
  return (
    <div className="pressure-legend" data-legend="pressure" data-obstacle>
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
