// The architecture's import boundaries, as ESLint enforces them: each one fires on an import it
// forbids (in every form an import takes) and stays quiet on the imports the layer may make.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The repository's own config; type information is not needed to see imports, and without it a
// fixture may claim any path.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)), overrideConfig: tseslint.configs.disableTypeChecked });

async function boundaryMessages(file, source) {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result.messages.filter((message) => message.ruleId === 'project/import-boundaries').map((message) => message.message);
}

const cases = [
  ['src/components/chat/chat-panel.ts', "import type { OTSession } from '../../sdk/types.js';", 'components never touch the SDK'],
  ['src/components/video-room/x.ts', "const sdk = await import('../../sdk/loader.js');", 'components never touch the SDK'],
  ['src/components/video-room/x.ts', "let session: import('../../sdk/types.js').OTSession;", 'components never touch the SDK'],
  ['src/sdk/loader.ts', "import { Room } from '../room/room.js';", 'sdk/ imports nothing above it'],
  ['src/sdk/loader.ts', "export * from '../components/icons.js';", 'sdk/ imports nothing above it'],
  ['src/room/chat.ts', "import { html } from 'lit';", 'room/ is framework-free'],
  ['src/room/chat.ts', "import { property } from 'lit/decorators.js';", 'room/ is framework-free'],
  ['src/room/chat.ts', "import { renderChatPanel } from '../components/chat/chat-panel.js';", 'room/ is framework-free'],
  ['src/room/chat.ts', "import type { VideoRoomStrings } from '../i18n/strings.js';", 'room/ is framework-free'],
  ['src/layout/grid.ts', "import type { TileState } from '../room/state.js';", 'layout/ is pure'],
  ['src/layout/grid.ts', "import { css } from 'lit';", 'layout/ is pure'],
  ['src/media/devices.ts', "import '../room/room.js';", 'media/ knows neither the engine nor the UI'],
  ['src/media/devices.ts', "export { chatStyles } from '../components/chat/chat.styles.js';", 'media/ knows neither the engine nor the UI'],
  ['src/errors.ts', "export { classify } from './media/user-media.js';", 'errors.ts is a leaf'],
];

for (const [file, source, why] of cases) {
  test(`lint rejects in ${file}: ${source}`, async () => {
    const messages = await boundaryMessages(file, `${source}\nexport {};\n`);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.ok(messages[0].includes(why), messages[0]);
  });
}

test('allowed imports pass', async () => {
  const allowed = [
    ['src/sdk/loader.ts', "import { VideoRoomError } from '../errors.js';\nimport type { OTNamespace } from './types.js';"],
    ['src/components/video-room/video-room.ts', "import { Room } from '../../room/room.js';\nimport { html } from 'lit';\nimport type { Effect } from '../../media/effects.js';"],
    ['src/layout/layout.ts', "import { grid } from './grid.js';"],
    ['src/room/room.ts', "import { loadSdk } from '../sdk/loader.js';\nimport { listDevices } from '../media/devices.js';"],
    ['src/media/devices.ts', "import { VideoRoomError } from '../errors.js';"],
  ];
  for (const [file, source] of allowed) assert.deepEqual(await boundaryMessages(file, `${source}\nexport {};\n`), [], file);
});
