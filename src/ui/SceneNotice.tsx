export interface NoticeAction {
  /** `retry` or `dismiss`: names the button for styling and tests. */
  name: 'retry' | 'dismiss';
  label: string;
  onClick: () => void;
}

interface Props {
  title: string;
  body: string;
  kind: 'context-lost' | 'no-webgl' | 'error' | 'variant-error';
  actions?: readonly NoticeAction[];
}

/** A calm message in place of (or over) the 3D view, with what the reader can do about it. */
export function SceneNotice({ title, body, kind, actions = [] }: Props) {
  return (
    <div className={`scene-notice scene-notice--${kind}`} role="alert" data-notice={kind} data-obstacle>
      <h2>{title}</h2>
      <p>{body}</p>
      {actions.length > 0 && (
        <div className="scene-notice__actions">
          {actions.map((action) => (
            <button key={action.name} type="button" className="tool-button" data-action={action.name} onClick={action.onClick}>
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
