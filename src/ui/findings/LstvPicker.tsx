import { SIDES, type Side } from '../../anatomy/levels';
import { CASTELLVI_TYPES, tpForms, type CastellviType } from '../../anatomy/variants/variantChoice';
import type { FindingsText } from '../../content/findings.zh-TW';
import { OptionGroup } from './OptionGroup';

interface Props {
  text: FindingsText['lstv'];
  lstv: CastellviType;
  side: Side;
  onChange: (lstv: CastellviType, side: Side) => void;
}

/** A type on both sides (b) or none at all has no side to choose. */
function hasSide(lstv: CastellviType): boolean {
  const forms = tpForms(lstv, 'left');
  return forms.left !== forms.right;
}

/** Castellvi type and side of a transitional L5, with what the chosen type means. */
export function LstvPicker({ text, lstv, side, onChange }: Props) {
  const types = CASTELLVI_TYPES.map((type) => ({ value: type, label: type === 'none' ? text.none : type }));
  const sides = SIDES.map((s) => ({ value: s, label: text[s] }));
  const sideLabel = lstv === 'IV' ? text.fusedSide : text.side;
  return (
    <section className="findings-section" aria-label={text.title}>
      <h3>{text.title}</h3>
      <OptionGroup name="lstv" label={text.title} options={types} value={lstv} onSelect={(type) => onChange(type, side)} />
      {hasSide(lstv) && (
        <OptionGroup
          name="lstv-side"
          label={sideLabel}
          visibleLabel={{ text: sideLabel, place: 'above' }}
          options={sides}
          value={side}
          onSelect={(s) => onChange(lstv, s)}
        />
      )}
      <p className="findings-explain" data-explains={lstv}>
        {text.explain[lstv]}
      </p>
      <p className="findings-note">{text.criterion}</p>
      <p className="findings-note">{text.source}</p>
    </section>
  );
}
