import { useState, type ReactNode } from 'react';
import { CAMERA_PRESETS, type CameraPreset } from '../story/sceneState';
import type { UiText } from '../content/ui.zh-TW';
import { focusFirstShown, useEscapeToClose } from './useEscapeToClose';
import { useMediaQuery } from './useMediaQuery';
import './a11y.css';

interface Props {
  text: UiText;
  activeView: CameraPreset | null;
  xray: boolean;
  onView: (preset: CameraPreset) => void;
  onReset: () => void;
  onXray: (on: boolean) => void;
  labelsShown: boolean;
  onLabels: (shown: boolean) => void;
  onToggleLocale: () => void;
  controlsOpen: boolean;
  onToggleControls: () => void;
  findingsLabel: string;
  findingsOpen: boolean;
  onToggleFindings: () => void;
  /** The doctor's tools (absent where the page offers none). */
  doctor?: { label: string; open: boolean; onToggle: () => void };
}

/** Where the whole toolbar does not fit in one row over the scene (phones, embedded widgets): two menus instead. */
export const COMPACT_TOOLBAR_QUERY = '(max-width: 900px), (max-height: 560px)';

type Menu = 'views' | 'more' | null;

/**
 * View presets, reset, names, the posture and findings controls, x-ray and language: large touch targets over the
 * scene. Where space is short the views and the less used tools fold into two menus, so every action is in reach
 * without sideways scrolling.
 */
export function SceneToolbar(props: Props) {
  const compact = useMediaQuery(COMPACT_TOOLBAR_QUERY);
  const [menu, setMenu] = useState<Menu>(null);
  const { text, labelsShown, onLabels } = props;
  const menuButton = `[data-menu="${menu}"]`;
  // A chosen tool closes its menu; the keyboard's place goes back to the menu's button, not to the page's top.
  const choose = (action: () => void) => () => {
    setMenu(null);
    action();
    requestAnimationFrame(() => focusFirstShown([menuButton]));
  };
  useEscapeToClose(compact && menu !== null, () => setMenu(null), {
    returnFocusTo: [menuButton],
    container: () => document.querySelector('.scene-toolbar__menu'),
    capture: true,
  });
  const names = (
    <button
      type="button"
      className="tool-button"
      data-action="labels"
      aria-pressed={labelsShown}
      aria-label={text.labelsLabel}
      onClick={() => onLabels(!labelsShown)}
    >
      {text.labels}
    </button>
  );
  if (!compact) {
    return (
      <div className="scene-toolbar">
        <div className="scene-toolbar__group" role="group" aria-label={text.views.label} data-obstacle>
          <ViewButtons {...props} choose={(a) => a} />
        </div>
        <div className="scene-toolbar__group" data-obstacle>
          <ToolButtons {...props} choose={(a) => a} />
          {names}
        </div>
      </div>
    );
  }
  const toggle = (which: Menu) => () => setMenu(menu === which ? null : which);
  return (
    <div className="scene-toolbar scene-toolbar--compact">
      <div className="scene-toolbar__group" data-obstacle>
        <MenuButton label={text.viewMenu} open={menu === 'views'} onClick={toggle('views')} menu="views" />
        {names}
        <MenuButton label={text.more} ariaLabel={text.moreLabel} open={menu === 'more'} onClick={toggle('more')} menu="more" />
      </div>
      {menu && (
        <div className="scene-toolbar__menu" role="group" aria-label={menu === 'views' ? text.views.label : text.moreLabel}>
          {menu === 'views' ? <ViewButtons {...props} choose={choose} /> : <ToolButtons {...props} choose={choose} />}
        </div>
      )}
    </div>
  );
}

function MenuButton(props: { label: string; ariaLabel?: string; open: boolean; onClick: () => void; menu: string }): ReactNode {
  return (
    <button
      type="button"
      className="tool-button scene-toolbar__menu-button"
      data-menu={props.menu}
      aria-expanded={props.open}
      aria-label={props.ariaLabel}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

type Choose = (action: () => void) => () => void;

function ViewButtons({ text, activeView, onView, onReset, choose }: Props & { choose: Choose }) {
  return (
    <>
      {CAMERA_PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          className="tool-button"
          data-view={preset}
          aria-pressed={activeView === preset}
          onClick={choose(() => onView(preset))}
        >
          {text.views[preset]}
        </button>
      ))}
      <button type="button" className="tool-button" data-action="reset" onClick={choose(onReset)}>
        {text.views.reset}
      </button>
    </>
  );
}

function ToolButtons(props: Props & { choose: Choose }) {
  const { text, xray, onXray, onToggleLocale, controlsOpen, onToggleControls, findingsLabel, findingsOpen, onToggleFindings, doctor, choose } = props;
  return (
    <>
      <button type="button" className="tool-button" data-action="motion" aria-pressed={controlsOpen} onClick={choose(onToggleControls)}>
        {controlsOpen ? text.motion.close : text.motion.open}
      </button>
      <button type="button" className="tool-button" data-action="findings" aria-pressed={findingsOpen} onClick={choose(onToggleFindings)}>
        {findingsLabel}
      </button>
      {doctor && (
        <button type="button" className="tool-button" data-action="doctor" aria-pressed={doctor.open} onClick={choose(doctor.onToggle)}>
          {doctor.label}
        </button>
      )}
      <button type="button" className="tool-button" data-action="xray" aria-pressed={xray} onClick={choose(() => onXray(!xray))}>
        {xray ? text.xrayOff : text.xray}
      </button>
      {/* The visible name (the other language's own word) starts the accessible name, as speech control needs. */}
      <button type="button" className="tool-button" data-action="locale" onClick={choose(onToggleLocale)}>
        {text.language}
        <span className="visually-hidden">{` ${text.languageLabel}`}</span>
      </button>
    </>
  );
}
