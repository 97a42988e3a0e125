// Where Chromium lives and how it must be started here: root needs --no-sandbox, fake media needs
// both fake-device flags, and background networking would only produce refused connections.
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath() {
  const found = process.env.CHROME_PATH || candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found: install one or set CHROME_PATH.');
  return found;
}

export function chromiumArgs() {
  return [
    '--no-sandbox',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    '--autoplay-policy=no-user-gesture-required',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-dev-shm-usage',
  ];
}
