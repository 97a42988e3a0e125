import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { css, html, LitElement, render } from 'lit';
import { reactionLabel, renderReactionPicker } from '../../src/components/reactions/reaction-picker.js';
import { reactionPickerStyles, reactionStyles } from '../../src/components/reactions/reactions.styles.js';
import { VideoTileElement } from '../../src/components/video-tile/video-tile.js';
import { createTile } from '../../src/room/roster.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import { reactionEmoji, type ReactionEmoji, type TileState } from '../../src/room/state.js';

if (!customElements.get('vr-video-tile')) customElements.define('vr-video-tile', VideoTileElement);

const containers: HTMLElement[] = [];

function mountPicker(open = true) {
  const picks: ReactionEmoji[] = [];
  let closes = 0;
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(renderReactionPicker({ open, text: englishStrings }, { pick: (emoji) => picks.push(emoji), close: () => (closes += 1) }), container);
  return { container, picks, closes: () => closes };
}

const choices = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('[part="reaction-picker"] button')];
const emojiOf = (element: Element | null) => (element as HTMLElement | null)?.dataset.emoji;

describe('reaction picker', () => {
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('renders nothing while closed', () => {
    const { container } = mountPicker(false);
    expect(container.querySelector('[part="reaction-picker"]') === null).to.equal(true);
    expect(container.querySelector('button') === null).to.equal(true);
  });

  it('offers the six reactions as labelled buttons in a labelled group', () => {
    const { container } = mountPicker();
    const picker = container.querySelector('[part="reaction-picker"]')!;
    expect(picker.getAttribute('role')).to.equal('group');
    expect(picker.getAttribute('aria-label')).to.equal(englishStrings.reactions);
    const buttons = choices(container);
    expect(buttons.map((button) => button.dataset.emoji)).to.deep.equal([...reactionEmoji]);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Thumbs up', 'Clapping', 'Heart', 'Laughing', 'Celebration', 'Surprised']);
    for (const button of buttons) {
      expect(button.type).to.equal('button');
      expect(button.getAttribute('part')).to.equal('control emoji');
      expect(button.getAttribute('title')).to.equal(button.getAttribute('aria-label'));
      expect(button.hasAttribute('style')).to.equal(false);
    }
  });

  it('passes axe', async () => {
    const { container } = mountPicker();
    await expect(container).to.be.accessible();
  });

  it('reactionLabel names every reaction from the strings', () => {
    const custom = { ...englishStrings, reactionParty: 'Fiesta' };
    expect(reactionLabel('🎉', custom)).to.equal('Fiesta');
    expect(reactionEmoji.map((emoji) => reactionLabel(emoji, englishStrings)).every((label) => label.length > 0)).to.equal(true);
  });

  it('a click picks that reaction and does not close the picker', () => {
    const { container, picks, closes } = mountPicker();
    choices(container).find((button) => button.dataset.emoji === '🎉')!.click();
    choices(container).find((button) => button.dataset.emoji === '👍')!.click();
    expect(picks).to.deep.equal(['🎉', '👍']);
    expect(closes()).to.equal(0);
  });

  it('Left/Right move focus and wrap, Home/End jump, Enter picks, Escape closes', async () => {
    const { container, picks, closes } = mountPicker();
    choices(container)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(emojiOf(document.activeElement)).to.equal('👏');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(emojiOf(document.activeElement), 'wraps to the last').to.equal('😮');
    await sendKeys({ press: 'ArrowRight' });
    expect(emojiOf(document.activeElement), 'wraps to the first').to.equal('👍');
    await sendKeys({ press: 'End' });
    expect(emojiOf(document.activeElement)).to.equal('😮');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    expect(picks).to.deep.equal(['👍']);
    await sendKeys({ press: 'Escape' });
    expect(closes()).to.equal(1);
  });

  it('right-to-left: ArrowLeft moves forward', async () => {
    const { container } = mountPicker();
    container.dir = 'rtl';
    choices(container)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(emojiOf(document.activeElement)).to.equal('👏');
  });
});

const tileState: TileState = createTile({ key: 'p1:camera', participantId: 'p1', name: 'Grace Hopper', audioMuted: false });

/** Stands in for `<video-room>`: the tile and its overlay children in one shadow root with reactionStyles. */
class TestStage extends LitElement {
  static override styles = [reactionStyles, reactionPickerStyles, css`vr-video-tile { width: 400px; height: 300px; }`];
  protected override render() {
    return html`<vr-video-tile .tile=${tileState} .pinLabel=${'Pin Grace Hopper'}>
      <span slot="overlay" part="reaction" class="reaction">🎉</span>
      <span slot="overlay" part="hand" class="hand" role="img" aria-label="Hand raised">✋</span>
      <span slot="overlay" part="reaction" class="reaction">👍</span>
    </vr-video-tile>`;
  }
}
customElements.define('test-reaction-stage', TestStage);

describe('reactions over a tile', () => {
  let stage: TestStage;
  beforeEach(async () => {
    stage = document.createElement('test-reaction-stage') as TestStage;
    document.body.append(stage);
    await stage.updateComplete;
    await stage.shadowRoot!.querySelector('vr-video-tile')!.updateComplete;
  });
  afterEach(async () => {
    stage.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  const tile = () => stage.shadowRoot!.querySelector('vr-video-tile')!;
  const reaction = () => stage.shadowRoot!.querySelector<HTMLElement>('.reaction')!;
  const hand = () => stage.shadowRoot!.querySelector<HTMLElement>('.hand')!;
  /** Where the reaction is `ms` into its animation. */
  const reactionAt = (ms: number) => {
    const animation = reaction().getAnimations()[0];
    animation.pause();
    animation.currentTime = ms;
    return { rect: reaction().getBoundingClientRect(), opacity: Number(getComputedStyle(reaction()).opacity) };
  };

  it('the tile has an overlay slot over the whole tile that takes no pointer events', () => {
    const slot = tile().shadowRoot!.querySelector<HTMLSlotElement>('slot[name="overlay"]')!;
    expect(slot.assignedElements()).to.have.length(3);
    const overlay = slot.parentElement!;
    expect(getComputedStyle(overlay).pointerEvents).to.equal('none');
    const box = tile().getBoundingClientRect();
    const area = overlay.getBoundingClientRect();
    expect([area.width, area.height]).to.deep.equal([box.width, box.height]);
  });

  it('the overlay does not block the pin button under it', () => {
    const pin = tile().shadowRoot!.querySelector<HTMLButtonElement>('button[part~="pin"]')!;
    const rect = pin.getBoundingClientRect();
    const hit = tile().shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    // A boolean, not the elements: chai's failure message for DOM nodes can take minutes.
    expect(Boolean(hit && pin.contains(hit))).to.equal(true);
  });

  it('the raised hand sits top-left as a small badge', () => {
    const box = tile().getBoundingClientRect();
    const rect = hand().getBoundingClientRect();
    expect(rect.left - box.left).to.be.within(0, 16);
    expect(rect.top - box.top).to.be.within(0, 16);
    expect(rect.height).to.be.below(40);
    expect(getComputedStyle(hand()).borderRadius).not.to.equal('0px');
  });

  it('a reaction starts at the lower centre, floats up about 60 % of the tile and fades out over 4 s', () => {
    const box = tile().getBoundingClientRect();
    expect(getComputedStyle(reaction()).animationName).to.equal('vr-reaction-float');
    expect(getComputedStyle(reaction()).animationDuration).to.equal('4s');
    expect(getComputedStyle(reaction()).animationFillMode).to.equal('forwards');
    const start = reactionAt(0);
    expect(start.rect.top - box.top).to.be.above(box.height / 2);
    expect(Math.abs(start.rect.left + start.rect.width / 2 - (box.left + box.width / 2))).to.be.below(4);
    const shown = reactionAt(1000);
    expect(shown.opacity).to.equal(1);
    const end = reactionAt(4000);
    expect(start.rect.top - end.rect.top).to.be.within(box.height * 0.5, box.height * 0.7);
    expect(end.opacity).to.equal(0);
  });

  it('reactions on screen at once are spread a little, not stacked exactly', () => {
    const [first, second] = [...stage.shadowRoot!.querySelectorAll<HTMLElement>('.reaction')];
    for (const element of [first, second]) {
      const animation = element.getAnimations()[0];
      animation.pause();
      animation.currentTime = 0;
    }
    const offset = second.getBoundingClientRect().left - first.getBoundingClientRect().left;
    expect(Math.abs(offset)).to.be.within(10, 40);
  });

  it('with reduced motion a reaction does not move; it shows and fades', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(reaction()).animationName).to.equal('vr-reaction-fade');
    const start = reactionAt(0);
    const middle = reactionAt(1500);
    const end = reactionAt(4000);
    expect(middle.rect.top).to.equal(start.rect.top);
    expect(end.rect.top).to.equal(start.rect.top);
    expect(middle.opacity).to.equal(1);
    expect(end.opacity).to.equal(0);
  });
});
