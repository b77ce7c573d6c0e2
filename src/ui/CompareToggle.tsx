import { onRadioGroupKeyDown, radioTabIndex } from './radioGroupKeys';
import type { UiText } from '../content/ui.zh-TW';
import type { CompareChange } from '../story/compare';
import type { AnatomyShown } from '../story/sceneState';
import './compare.css';

interface Props {
  text: UiText['compare'];
  change: CompareChange;
  shown: AnatomyShown;
  onShow: (shown: AnatomyShown) => void;
}

/**
 * Before and after, one tap apart: two large buttons, the one drawn now filled and ticked. The scene cross-fades
 * between the normal anatomy and the changed one with the same camera; the subject is framed clear of the toggle.
 */
export function CompareToggle({ text, change, shown, onShow }: Props) {
  const options: { value: AnatomyShown; label: string }[] = [
    { value: 'normal', label: change === 'muscle-trained' ? text.normalBeforeTraining : text.normal },
    { value: 'changed', label: text.changed[change] },
  ];
  return (
    // An obstacle of one size in both states (the options weigh the same whichever is chosen), so the free area and
    // with it the camera stay put when the patient switches.
    <div className="compare-toggle" role="radiogroup" aria-label={text.label} data-compare={change} data-obstacle onKeyDown={onRadioGroupKeyDown}>
      {options.map(({ value, label }, index) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={shown === value}
          tabIndex={radioTabIndex(shown === value, index, true)}
          className="compare-toggle__option"
          data-anatomy={value}
          onClick={() => onShow(value)}
        >
          <span className="compare-toggle__tick" aria-hidden="true">
            {shown === value ? '✓' : ''}
          </span>
          {label}
        </button>
      ))}
    </div>
  );
}
