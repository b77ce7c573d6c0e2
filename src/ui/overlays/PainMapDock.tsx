import type { OverlaysText } from '../../content/overlays.zh-TW';
import { PainBody, PainSwatch, usePainPrefix } from './PainBody';
import { PAIN_PATTERNS, type PainPattern } from './painMapShapes';

interface Props {
  text: OverlaysText['referredPain'];
  hidden: ReadonlySet<PainPattern>;
}

/**
 * The referred-pain body map where the 3D view is small (phone, embedded widget): docked at the scene's side, whole
 * from head to feet with a short key, while the legend with the longer notes stays folded. An obstacle, so the
 * subject is framed beside it; it never scrolls.
 */
export function PainMapDock({ text, hidden }: Props) {
  const prefix = usePainPrefix();
  return (
    <figure className="pain-dock" data-obstacle data-legend="referred-pain">
      <PainBody text={text} hidden={hidden} prefix={prefix} className="pain-dock__body" />
      <ul className="pain-dock__keys">
        {PAIN_PATTERNS.filter((p) => !hidden.has(p)).map((pattern) => (
          <li key={pattern}>
            <PainSwatch prefix={prefix} pattern={pattern} />
            {text.patterns[pattern].name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
