import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { peopleRows, renderPeoplePanel, type PeoplePanelModel, type PersonRow } from '../../src/components/people/people-panel.js';
import { peopleStyles } from '../../src/components/people/people.styles.js';
import { createTile } from '../../src/room/roster.js';
import { englishStrings } from '../../src/i18n/talk-strings.js';
import type { Participant, TileState } from '../../src/room/state.js';

document.adoptedStyleSheets = [...document.adoptedStyleSheets, peopleStyles.styleSheet!];

function person(id: string, overrides: Partial<Participant> = {}): Participant {
  return { id, name: id, isLocal: false, handRaised: false, ...overrides };
}

function tile(participantId: string, overrides: Partial<TileState> = {}): TileState {
  return createTile({ key: `${participantId}:camera`, participantId, name: participantId, streamId: `s-${participantId}`, audioMuted: false, videoMuted: false, ...overrides });
}

const ids = (rows: readonly PersonRow[]) => rows.map((row) => row.participant.id);

describe('peopleRows', () => {
  const cases: Array<{ name: string; participants: Participant[]; expected: string[] }> = [
    {
      name: 'nobody raised: you first, then join order',
      participants: [person('a'), person('b'), person('me', { isLocal: true }), person('c')],
      expected: ['me', 'a', 'b', 'c'],
    },
    {
      name: 'raised hands first, earliest first, then you, then join order',
      participants: [person('a'), person('b', { handRaised: true, handRaisedAt: 300 }), person('me', { isLocal: true }), person('c', { handRaised: true, handRaisedAt: 100 }), person('d')],
      expected: ['c', 'b', 'me', 'a', 'd'],
    },
    {
      name: 'your own raised hand sorts with the others by time',
      participants: [person('a', { handRaised: true, handRaisedAt: 50 }), person('me', { isLocal: true, handRaised: true, handRaisedAt: 20 }), person('b', { handRaised: true, handRaisedAt: 90 }), person('c')],
      expected: ['me', 'a', 'b', 'c'],
    },
    {
      name: 'a hand without a time goes after timed hands; equal times keep join order',
      participants: [person('a', { handRaised: true }), person('b', { handRaised: true, handRaisedAt: 10 }), person('c', { handRaised: true, handRaisedAt: 10 }), person('me', { isLocal: true })],
      expected: ['b', 'c', 'a', 'me'],
    },
    {
      name: 'a stale handRaisedAt on a lowered hand is ignored',
      participants: [person('a', { handRaised: false, handRaisedAt: 1 }), person('me', { isLocal: true }), person('b')],
      expected: ['me', 'a', 'b'],
    },
    { name: 'empty room', participants: [], expected: [] },
  ];
  for (const { name, participants, expected } of cases) {
    it(name, () => {
      expect(ids(peopleRows({ participants, tiles: [] }))).to.deep.equal(expected);
    });
  }

  it('takes microphone and camera from the camera tile; no tile means both off; screens do not count', () => {
    const participants = [person('me', { isLocal: true }), person('a'), person('b'), person('c')];
    const tiles = [
      tile('me', { isLocal: true, audioMuted: true, videoMuted: false }),
      tile('a', { key: 's-a2', kind: 'screen', audioMuted: false, videoMuted: false, streamId: 's-a2' }),
      tile('b', { audioMuted: false, videoMuted: true }),
      tile('c', { kind: 'screen', key: 's-c', audioMuted: false, videoMuted: false }),
    ];
    const rows = peopleRows({ participants, tiles });
    expect(rows.map((row) => [row.participant.id, row.audioMuted, row.videoMuted])).to.deep.equal([
      ['me', true, false],
      ['a', true, true],
      ['b', false, true],
      ['c', true, true],
    ]);
    expect(rows[0].participant).to.equal(participants[0]);
  });
});

describe('people panel', () => {
  const containers: HTMLElement[] = [];
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  function mount(participants: Participant[], overrides: Partial<PeoplePanelModel> = {}, tiles: TileState[] = []) {
    const calls = { filter: [] as string[], close: 0 };
    const container = document.createElement('div');
    document.body.append(container);
    containers.push(container);
    const model: PeoplePanelModel = { rows: peopleRows({ participants, tiles }), filter: '', text: englishStrings, narrow: false, ...overrides };
    render(renderPeoplePanel(model, { filterChanged: (text) => calls.filter.push(text), close: () => (calls.close += 1) }), container);
    const q = <E extends Element>(selector: string) => container.querySelector<E>(selector);
    const rows = () => [...container.querySelectorAll<HTMLElement>('[part~="participant"]')];
    return { container, calls, q, rows, names: () => rows().map((row) => row.querySelector('[part~="participant-name"]')!.textContent.trim()) };
  }

  const crowd = (count: number) => Array.from({ length: count }, (_, index) => person(`p${index}`, { name: `Person ${index}` }));

  it('is a labelled section with the count in its title and a real close button', () => {
    const { q, calls } = mount([person('me', { isLocal: true, name: 'Ada' }), person('g', { name: 'Grace' })], { narrow: true });
    const panel = q<HTMLElement>('[part="participants"]')!;
    expect(panel.tagName).to.equal('SECTION');
    expect(panel.classList.contains('side-panel')).to.equal(true);
    expect(panel.dataset.narrow).to.equal('true');
    expect(panel.getAttribute('aria-label')).to.equal('People');
    expect(q('h2')!.textContent.trim()).to.equal('People (2)');
    const close = q<HTMLButtonElement>('button[part~="close-participants"]')!;
    expect(close.getAttribute('part')).to.equal('control close-participants');
    expect(close.type).to.equal('button');
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    expect(calls.close).to.equal(1);
  });

  it('shows one row per person in order, with "(You)", the moderator badge, role and hand', () => {
    const participants = [
      person('g', { name: 'Grace', role: 'moderator' }),
      person('me', { name: 'Ada', isLocal: true, role: 'publisher' }),
      person('l', { name: 'Linus', handRaised: true, handRaisedAt: 5 }),
    ];
    const { rows, names } = mount(participants);
    expect(names()).to.deep.equal(['Linus', 'Ada', 'Grace']);
    const [linus, ada, grace] = rows();
    expect(linus.dataset).to.include({ participantId: 'l', local: 'false', handRaised: 'true', role: '' });
    expect(ada.dataset).to.include({ participantId: 'me', local: 'true', handRaised: 'false', role: 'publisher' });
    expect(grace.dataset).to.include({ participantId: 'g', local: 'false', role: 'moderator' });
    expect(ada.textContent).to.contain('(You)');
    expect(linus.textContent).not.to.contain('(You)');
    expect(grace.querySelector('[part~="moderator-badge"]')!.textContent.trim()).to.equal('Moderator');
    expect(ada.querySelector('[part~="moderator-badge"]')).to.equal(null);
    expect(linus.querySelector('[role="img"][aria-label="Hand raised"]')).to.not.equal(null);
    expect(ada.querySelector('[aria-label="Hand raised"]')).to.equal(null);
    for (const row of rows()) {
      const actions = row.querySelector('.row-actions')!;
      expect(actions).to.not.equal(null);
      expect(actions.children).to.have.length(0);
      expect(row.lastElementChild).to.equal(actions);
      expect(getComputedStyle(row).display).to.equal('flex');
    }
  });

  it('labels microphone and camera state', () => {
    const participants = [person('me', { isLocal: true }), person('a'), person('b')];
    const { rows } = mount(participants, {}, [tile('me', { audioMuted: false, videoMuted: false }), tile('a', { audioMuted: true, videoMuted: true })]);
    const labels = (row: Element) => [...row.querySelectorAll('[role="img"]')].map((node) => node.getAttribute('aria-label'));
    expect(rows().map(labels)).to.deep.equal([
      ['Microphone on', 'Camera on'],
      ['Microphone muted', 'Camera off'],
      ['Microphone muted', 'Camera off'], // no tile yet
    ]);
    expect(rows()[1].dataset).to.include({ audioMuted: 'true', videoMuted: 'true' });
  });

  it('names render as text', () => {
    const { rows, container } = mount([person('x', { name: '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>' })]);
    expect(rows()[0].querySelector('[part~="participant-name"]')!.textContent).to.equal('<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>');
    expect(container.querySelector('img, script')).to.equal(null);
    expect(container.querySelector('.person-avatar')!.textContent.trim()).to.equal('<O'); // first letters of the first and last words
  });

  it('offers the filter only above 8 people', () => {
    expect(mount(crowd(8)).q('[part~="participants-filter"]')).to.equal(null);
    const { q } = mount(crowd(9));
    const filter = q<HTMLInputElement>('[part~="participants-filter"]')!;
    expect(filter.type).to.equal('search');
    expect(filter.getAttribute('aria-label')).to.equal('Find someone');
    expect(filter.getAttribute('placeholder')).to.be.a('string');
  });

  it('filters by name ignoring case and accents, and reports typing', async () => {
    const people = [...crowd(8), person('j', { name: 'José Álvarez' }), person('k', { name: 'JOSEPHINE' })];
    expect(mount(people, { filter: 'jose' }).names()).to.deep.equal(['José Álvarez', 'JOSEPHINE']);
    expect(mount(people, { filter: '  alvarez ' }).names()).to.deep.equal(['José Álvarez']);
    expect(mount(people, { filter: 'PERSON 3' }).names()).to.deep.equal(['Person 3']);
    const { q, calls, names } = mount(people, { filter: 'zed' });
    expect(names()).to.deep.equal([]);
    expect(q('[part="participants"]')!.textContent).to.contain('Nobody matches “zed”');
    const filter = q<HTMLInputElement>('[part~="participants-filter"]')!;
    expect(filter.value).to.equal('zed');
    filter.focus();
    await sendKeys({ press: 'Backspace' });
    expect(calls.filter).to.deep.equal(['ze']);
  });

  it('ignores a leftover filter once the list is short enough to have no field', () => {
    expect(mount(crowd(3), { filter: 'nobody' }).names()).to.deep.equal(['Person 0', 'Person 1', 'Person 2']);
  });

  it('Escape closes the panel, but first clears a filter that has text', async () => {
    const { q, calls } = mount(crowd(9), { filter: 'per' });
    const filter = q<HTMLInputElement>('[part~="participants-filter"]')!;
    filter.focus();
    await sendKeys({ press: 'Escape' });
    expect(calls.close).to.equal(0);
    expect(filter.value).to.equal('');
    await sendKeys({ press: 'Escape' });
    expect(calls.close).to.equal(1);
  });

  it('sits at the right of the call body when wide and covers it when narrow', () => {
    const body = document.createElement('div');
    body.className = 'body';
    for (const [name, value] of [['display', 'grid'], ['position', 'relative'], ['width', '1000px'], ['height', '500px']]) body.style.setProperty(name, value);
    const stage = document.createElement('div');
    stage.className = 'stage-area';
    body.append(stage);
    document.body.append(body);
    containers.push(body);
    const show = (narrow: boolean) => {
      render(renderPeoplePanel({ rows: [], filter: '', text: englishStrings, narrow }, { filterChanged: () => {}, close: () => {} }), body);
      return body.querySelector<HTMLElement>('.side-panel')!.getBoundingClientRect();
    };
    const wide = show(false);
    const outer = body.getBoundingClientRect();
    expect(wide.width).to.equal(320 - 8); // 8 px gap at the right; the stage has its own margin at the left
    expect(Math.round(outer.right - wide.right)).to.equal(8);
    expect(stage.getBoundingClientRect().width).to.be.closeTo(1000 - 320, 1);
    const narrow = show(true);
    expect([narrow.left, narrow.top, narrow.width, narrow.height]).to.deep.equal([outer.left, outer.top, 1000, 500]);
  });

  it('uses no style attributes and passes axe', async () => {
    const participants = [...crowd(8), person('me', { isLocal: true, name: 'Ada', handRaised: true, handRaisedAt: 1, role: 'moderator' })];
    const { container } = mount(participants, {}, [tile('me', { audioMuted: true })]);
    expect(container.querySelector('[style]')).to.equal(null);
    await expect(container).to.be.accessible();
    const empty = mount(participants, { filter: 'zzz' });
    await expect(empty.container).to.be.accessible();
  });
});
