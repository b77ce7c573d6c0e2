import type { Locale } from '../../content/locale';
import { PANEL_TEXT } from '../../content/story';
import { fillTemplate } from '../../content/template';
import { structureName } from '../../story/structureNames';
import { parseMarkup } from '../../story/markup';

export interface StructureTextProps {
  source: string;
  locale: Locale;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Story text whose `[[id|label]]` names are buttons that highlight the structure in the 3D model. */
export function StructureText({ source, locale, selectedId, onSelect }: StructureTextProps) {
  return (
    <>
      {parseMarkup(source).map((segment, index) => {
        if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
        const name = structureName(segment.id, locale) ?? segment.label;
        return (
          <button
            key={index}
            type="button"
            className="story-structure-link"
            data-structure={segment.id}
            aria-pressed={selectedId === segment.id}
            title={fillTemplate(PANEL_TEXT[locale].selectStructure, { name })}
            onClick={() => onSelect(segment.id)}
          >
            {segment.label}
          </button>
        );
      })}
    </>
  );
}
