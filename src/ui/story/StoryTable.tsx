import type { Locale } from '../../content/locale';
import { TABLES_TEXT, type TableId } from '../../content/story';

/**
 * A comparison table as a real <table>: column headers and row headers carry scope, so screen
 * readers announce "feature, condition" for every cell. On narrow screens the CSS turns each row
 * into a card and `data-label` repeats the column name beside its cell; the explicit roles keep
 * the table semantics that some browsers drop once cells are no longer `display: table-cell`.
 */
export function StoryTable({ id, locale }: { id: TableId; locale: Locale }) {
  const table = TABLES_TEXT[locale][id];
  const [cornerLabel, ...columnLabels] = table.columns;
  return (
    <div className="story-table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
      <table className={`story-table story-table--${id}`} role="table">
        <caption>{table.caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {cornerLabel}
            </th>
            {columnLabels.map((label) => (
              <th key={label} scope="col" role="columnheader">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {table.rows.map(([rowLabel, ...cells]) => (
            <tr key={rowLabel} role="row">
              <th scope="row" role="rowheader">
                {rowLabel}
              </th>
              {cells.map((cell, column) => (
                <td key={column} role="cell" data-label={columnLabels[column]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
