interface Props {
  title: string;
  body: string;
  kind: 'context-lost' | 'no-webgl' | 'error' | 'variant-error';
}

/** A calm message in place of (or over) the 3D view. */
export function SceneNotice({ title, body, kind }: Props) {
  return (
    <div className={`scene-notice scene-notice--${kind}`} role="alert" data-notice={kind} data-obstacle>
      <h2>{title}</h2>
      <p>{body}</p>
    </div>
  );
}
