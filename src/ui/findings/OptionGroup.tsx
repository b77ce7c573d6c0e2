import { onRadioGroupKeyDown, radioTabIndex } from '../radioGroupKeys';

export interface Option<T extends string | number> {
  value: T;
  label: string;
}

interface Props<T extends string | number> {
  label: string;
  options: readonly Option<T>[];
  /** The chosen value; null when none of the options describes the current state. */
  value: T | null;
  onSelect: (value: T) => void;
  /** Names the group for tests and styles (`data-group`). */
  name: string;
  /** Shows a label above or beside the buttons (otherwise a heading nearby names the group). */
  visibleLabel?: { text: string; place: 'above' | 'beside' };
  /** A short state after the buttons, e.g. the two sides' grades when they differ. */
  status?: string;
}

/** A row of large (48 px) buttons of which one is chosen: a radio group a finger can hit. */
export function OptionGroup<T extends string | number>({ label, options, value, onSelect, name, visibleLabel, status }: Props<T>) {
  return (
    <div className="findings-options" role="radiogroup" aria-label={label} data-group={name} onKeyDown={onRadioGroupKeyDown}>
      {visibleLabel && (
        <span className={`findings-options__label findings-options__label--${visibleLabel.place}`} aria-hidden="true">
          {visibleLabel.text}
        </span>
      )}
      {options.map((option, index) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={option.value === value}
          tabIndex={radioTabIndex(option.value === value, index, options.some((o) => o.value === value))}
          className="tool-button findings-option"
          data-value={option.value}
          onClick={() => onSelect(option.value)}
        >
          {option.label}
        </button>
      ))}
      {status && <span className="findings-options__status">{status}</span>}
    </div>
  );
}
