import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import { layoutAutoIcon, layoutGridIcon, layoutSpeakerIcon } from '../call-icons.js';
import type { ControlChoice, ControlSpec } from './control-bar.js';
import type { MenuToggle } from './menu.js';

export interface LayoutControlModel {
  layout: LayoutMode;
  /** Whether its menu is open. */
  open: boolean;
  text: VideoRoomStrings;
}

export interface LayoutControlActions {
  setLayout(layout: LayoutMode): unknown;
  toggleLayoutMenu: MenuToggle;
}

const icons = { auto: layoutAutoIcon, grid: layoutGridIcon, speaker: layoutSpeakerIcon } as const;

/**
 * The layout control: a menu of auto, grid and speaker with the current one checked, so every
 * layout (auto too) stays one choice away. Its icon is the current layout's.
 */
export function layoutControl(model: LayoutControlModel, actions: LayoutControlActions): ControlSpec {
  const { text, layout } = model;
  const labels: Record<LayoutMode, string> = { auto: text.autoLayout, grid: text.gridLayout, speaker: text.speakerLayout };
  const choices = (['auto', 'grid', 'speaker'] as const).map(
    (mode): ControlChoice => ({
      name: `layout-${mode}`,
      label: labels[mode],
      icon: icons[mode],
      checked: mode === layout,
      action: () => actions.setLayout(mode),
    }),
  );
  return {
    name: 'layout',
    label: text.layout,
    icon: icons[layout],
    expanded: model.open,
    action: () => actions.toggleLayoutMenu(!model.open, model.open ? 'none' : 'checked'),
    menu: { choices, toggle: actions.toggleLayoutMenu },
    priority: 6,
  };
}
