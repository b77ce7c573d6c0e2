import type { FindingsText } from '../../content/findings.zh-TW';
import { CASCADE_PHASES, type CascadePhase } from '../../story/cascadePresets';
import { OptionGroup } from './OptionGroup';

interface Props {
  text: FindingsText['cascade'];
  phase: CascadePhase | null;
  onPhase: (phase: CascadePhase) => void;
}

/** The three Kirkaldy-Willis stages as one-tap presets. */
export function CascadePicker({ text, phase, onPhase }: Props) {
  const options = CASCADE_PHASES.map((value) => ({ value, label: text.names[value] }));
  return (
    <section className="findings-section" aria-label={text.title}>
      <h3>{text.title}</h3>
      <OptionGroup name="cascade" label={text.title} options={options} value={phase} onSelect={onPhase} />
      <p className={phase ? 'findings-explain' : 'findings-note'}>{phase ? text.explain[phase] : text.intro}</p>
      <p className="findings-note">{text.source}</p>
    </section>
  );
}
