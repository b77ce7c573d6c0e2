import { PRESSURE_GRADIENT_CSS, PRESSURE_SCALE_MAX_MPA } from '../scene/pressureScale';

/** The colour key of the cartilage pressure map, in MPa. */
export function PressureLegend({ title }: { title: string }) {
  return (
    <div className="pressure-legend" data-legend="pressure" data-obstacle>
      <span className="pressure-legend__title">{title}</span>
      <span className="pressure-legend__bar" style={{ background: PRESSURE_GRADIENT_CSS }} aria-hidden="true" />
      <span className="pressure-legend__ticks">
        <span>0</span>
        <span>{PRESSURE_SCALE_MAX_MPA / 2}</span>
        <span>{PRESSURE_SCALE_MAX_MPA} MPa</span>
      </span>
    </div>
  );
}
