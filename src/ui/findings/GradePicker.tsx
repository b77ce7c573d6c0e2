import { useState } from 'react';
import { SEGMENTS, type Segment } from '../../anatomy/levels';
import { DEGENERATION_GRADES, jointGrade, type DegenerationGrade } from '../../anatomy/variants/variantChoice';
import type { FindingsText } from '../../content/findings.zh-TW';
import { fillTemplate } from '../../content/template';
import type { Findings, GradeSides } from '../../story/findings';
import { OptionGroup } from './OptionGroup';

interface Props {
  text: FindingsText['grades'];
  findings: Findings;
  onGrade: (segment: Segment, sides: GradeSides, grade: DegenerationGrade) => void;
}

const SIDE_CHOICES = ['both', 'left', 'right'] as const satisfies readonly GradeSides[];
const GRADE_OPTIONS = DEGENERATION_GRADES.map((grade) => ({ value: grade, label: String(grade) }));

/** A Weishaupt grade per segment, for both joints at once or for one side, with what the grades mean. */
export function GradePicker({ text, findings, onGrade }: Props) {
  const [sides, setSides] = useState<GradeSides>('both');
  const sideOptions = SIDE_CHOICES.map((value) => ({ value, label: text[value] }));
  return (
    <section className="findings-section" aria-label={text.title}>
      <h3>{text.title}</h3>
      <OptionGroup name="grade-sides" label={text.sides} visibleLabel={{ text: text.sides, place: 'above' }} options={sideOptions} value={sides} onSelect={setSides} />
      {SEGMENTS.map((segment) => {
        const left = jointGrade(findings, segment, 'left');
        const right = jointGrade(findings, segment, 'right');
        const shown = sides === 'both' ? (left === right ? left : null) : sides === 'left' ? left : right;
        return (
          <OptionGroup
            key={segment}
            name={`grade-${segment}`}
            label={fillTemplate(text.row, { segment })}
            visibleLabel={{ text: segment, place: 'beside' }}
            options={GRADE_OPTIONS}
            value={shown}
            status={left === right ? undefined : fillTemplate(text.mixed, { left, right })}
            onSelect={(grade) => onGrade(segment, sides, grade)}
          />
        );
      })}
      <details className="findings-help">
        <summary>{text.help}</summary>
        {DEGENERATION_GRADES.map((grade) => (
          <p key={grade}>{text.explain[grade]}</p>
        ))}
      </details>
      <p className="findings-note">{text.discNote}</p>
      <p className="findings-note">{text.source}</p>
    </section>
  );
}
