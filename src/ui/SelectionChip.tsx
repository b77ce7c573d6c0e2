import { STRUCTURE_BY_ID } from '../anatomy/structures';
import type { Locale } from '../content/locale';
import type { UiText } from '../content/ui.zh-TW';
import { nameFromRecipe } from '../story/structureNames';

interface Props {
  text: UiText;
  locale: Locale;
  selectedId: string | null;
  onClear: () => void;
}

/** The name of the tapped structure, in the current language; a hint when nothing is picked. */
export function SelectionChip({ text, locale, selectedId, onClear }: Props) {
  const info = selectedId ? STRUCTURE_BY_ID.get(selectedId) : undefined;
  if (!info) return <p className="selection-chip selection-chip--hint" data-obstacle>{text.tapHint}</p>;
  return (
    <div className="selection-chip" role="status" aria-live="polite" data-structure={info.id} data-obstacle>
      <span className="selection-chip__label">{text.selected}</span>
      <strong className="selection-chip__name">{nameFromRecipe(info.name, locale)}</strong>
      <button type="button" className="selection-chip__clear" aria-label={text.clearSelection} onClick={onClear}>
        ×
      </button>
    </div>
  );
}
