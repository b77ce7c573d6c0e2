import { SEGMENTS, SIDES } from '../../anatomy/levels';
import { jointGrade } from '../../anatomy/variants/variantChoice';
import type { DoctorText } from '../../content/doctor.zh-TW';
import type { Locale } from '../../content/locale';
import { findingsText } from '../../content/ui';
import { fillTemplate } from '../../content/template';
import type { Findings } from '../../story/findings';
import { structureName } from '../../story/structureNames';

/** The findings in plain words: the transitional vertebra, each graded joint, the cascade stage; and the marks. */
export function HandoutFindings({ findings, marks, text, locale }: { findings: Findings | null; marks: readonly string[]; text: DoctorText['handout']; locale: Locale }) {
  const words = findingsText(locale);
  const graded = findings
    ? SEGMENTS.flatMap((segment) => {
        const [left, right] = SIDES.map((side) => jointGrade(findings, segment, side));
        if (left === 0 && right === 0) return [];
        const grades = left === right ? String(left) : fillTemplate(words.grades.mixed, { left: left!, right: right! });
        return [{ segment, grades, worst: Math.max(left!, right!) as 0 | 1 | 2 | 3 }];
      })
    : [];
  return (
    <section className="handout__findings">
      <h2>{text.findings}</h2>
      {!findings ? (
        <p>{text.noFindings}</p>
      ) : (
        <dl>
          {findings.lstv !== 'none' && (
            <>
              <dt>
                {words.lstv.title} · {findings.lstv} · {words.lstv[findings.lstvSide]}
              </dt>
              <dd>{words.lstv.explain[findings.lstv]}</dd>
            </>
          )}
          {graded.map(({ segment, grades, worst }) => (
            <div key={segment} data-segment={segment}>
              <dt>
                {fillTemplate(words.grades.row, { segment })} · {grades}
              </dt>
              <dd>{words.grades.explain[String(worst) as '0' | '1' | '2' | '3']}</dd>
            </div>
          ))}
          {findings.cascade && (
            <>
              <dt>{words.cascade.names[findings.cascade]}</dt>
              <dd>{words.cascade.explain[findings.cascade]}</dd>
            </>
          )}
        </dl>
      )}
      {marks.length > 0 && (
        <>
          <h2>{text.marks}</h2>
          <ul>
            {marks.map((id) => (
              <li key={id}>{structureName(id, locale) ?? id}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
