// The lint's architecture rules fire on the imports they forbid (and stay quiet on allowed ones).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundaryViolations, importsOf } from '../../scripts/boundaries.mjs';

const cases = [
  ['src/components/chat/chat-panel.ts', "import type { OTSession } from '../../sdk/types.js';", 'components never touch the SDK'],
  ['src/components/video-room/x.ts', "const sdk = await import('../../sdk/loader.js');", 'components never touch the SDK'],
  ['src/sdk/loader.ts', "import { Room } from '../room/room.js';", 'sdk/ imports nothing above it'],
  ['src/room/chat.ts', "import { html } from 'lit';", 'room/ is framework-free'],
  ['src/room/chat.ts', "import { renderChatPanel } from '../components/chat/chat-panel.js';", 'room/ is framework-free'],
  ['src/layout/grid.ts', "import type { TileState } from '../room/state.js';", 'layout/ is pure'],
  ['src/errors.ts', "export { classify } from './media/user-media.js';", 'errors.ts is a leaf'],
];

for (const [file, source, why] of cases) {
  test(`lint rejects in ${file}: ${source}`, () => {
    const problems = boundaryViolations(file, source);
    assert.equal(problems.length, 1);
    assert.match(problems[0].why, new RegExp(why.replace(/[/.]/g, '\\$&')));
  });
}

test('allowed imports pass', () => {
  assert.deepEqual(boundaryViolations('src/sdk/loader.ts', "import { VideoRoomError } from '../errors.js';\nimport type { OTNamespace } from './types.js';"), []);
  assert.deepEqual(boundaryViolations('src/components/video-room/video-room.ts', "import { Room } from '../../room/room.js';\nimport { html } from 'lit';"), []);
  assert.deepEqual(boundaryViolations('src/layout/layout.ts', "import { grid } from './grid.js';"), []);
});

test('every import form is read', () => {
  const source = "import a from './a.js';\nexport { b } from './b.js';\nimport './c.js';\nconst d = import('./d.js');\nimport type { E } from './e.js';";
  assert.deepEqual(importsOf(source), ['./a.js', './b.js', './c.js', './d.js', './e.js']);
});
