import type { PlacedLabel } from './labelLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LabelPosition extends PlacedLabel {
  anchorX: number;
  anchorY: number;
}

/** The label DOM the scene writes to each frame: a layer over the canvas with one button and one leader per label. */
export interface LabelElements {
  /** Each label's size in CSS pixels, measured once. */
  size: () => { width: number; height: number }[];
  /** Moves label `i` (null hides it); writes only what changed. */
  write: (i: number, position: LabelPosition | null, opacity: number) => void;
  setShown: (shown: boolean) => void;
  remove: () => void;
}

/**
 * Plain DOM managed by the scene (no React per frame): `.scene-labels` over the canvas, a button per label (a tap
 * selects the structure) and an SVG with a leader line and an anchor dot per label.
 */
export function createLabelElements(
  host: HTMLElement,
  ids: readonly string[],
  names: readonly string[],
  onPick: (id: string) => void,
): LabelElements {
  const layer = document.createElement('div');
  layer.className = 'scene-labels';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'scene-labels__leaders');
  svg.setAttribute('aria-hidden', 'true');
  layer.append(svg);
  const leaders = ids.map(() => {
    const group = document.createElementNS(SVG_NS, 'g');
    const line = document.createElementNS(SVG_NS, 'line');
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('r', '3.5');
    group.append(line, dot);
    group.style.visibility = 'hidden';
    svg.append(group);
    return { group, line, dot };
  });
  const buttons = ids.map((id, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'scene-label';
    button.dataset.structure = id;
    button.textContent = names[i] ?? id;
    button.style.visibility = 'hidden';
    // The tap is the label's, not the orbit's or the scene's (which would clear the selection).
    button.addEventListener('pointerdown', (event) => event.stopPropagation());
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      onPick(id);
    });
    layer.append(button);
    return button;
  });
  host.append(layer);
  const sizes = buttons.map((b) => ({ width: b.offsetWidth, height: b.offsetHeight }));
  const last = ids.map(() => '');

  return {
    size: () => sizes,
    write: (i, position, opacity) => {
      const button = buttons[i]!;
      const leader = leaders[i]!;
      const key = position ? `${position.x.toFixed(0)},${position.y.toFixed(0)},${position.anchorX.toFixed(0)},${position.anchorY.toFixed(0)},${opacity}` : 'off';
      if (key === last[i]) return;
      last[i] = key;
      if (!position) {
        button.style.visibility = 'hidden';
        leader.group.style.visibility = 'hidden';
        return;
      }
      button.style.visibility = 'visible';
      leader.group.style.visibility = 'visible';
      button.style.transform = `translate(${position.x.toFixed(0)}px, ${position.y.toFixed(0)}px)`;
      button.style.opacity = String(opacity);
      leader.group.style.opacity = String(opacity);
      leader.line.setAttribute('x1', position.lineX.toFixed(1));
      leader.line.setAttribute('y1', position.lineY.toFixed(1));
      leader.line.setAttribute('x2', position.anchorX.toFixed(1));
      leader.line.setAttribute('y2', position.anchorY.toFixed(1));
      leader.dot.setAttribute('cx', position.anchorX.toFixed(1));
      leader.dot.setAttribute('cy', position.anchorY.toFixed(1));
    },
    setShown: (shown) => {
      layer.hidden = !shown;
    },
    remove: () => layer.remove(),
  };
}
