import { englishShellStrings, type VideoRoomStrings } from '../i18n/strings.js';

export type DevicePermission = 'camera' | 'microphone';

/**
 * Calls `onChange` with the new state whenever the browser reports that the camera or microphone
 * permission of this page changed (the user re-allowed it in the site settings, say). Browsers
 * that cannot report it are silently not watched. Returns the undo.
 */
export function watchPermission(name: DevicePermission, onChange: (state: PermissionState) => void): () => void {
  let undone = false;
  let status: PermissionStatus | undefined;
  const listener = () => {
    if (status) onChange(status.state);
  };
  try {
    navigator.permissions?.query({ name: name }).then(
      (result) => {
        if (undone) return;
        status = result;
        result.addEventListener('change', listener);
      },
      () => undefined, // Firefox and older Safari do not know the camera/microphone names.
    );
  } catch {
    // navigator.permissions.query threw synchronously: nothing to watch.
  }
  return () => {
    undone = true;
    status?.removeEventListener('change', listener);
    status = undefined;
  };
}

export type BrowserFamily = 'chromium' | 'firefox' | 'safari' | 'ios' | 'other';

/** Which browser's settings UI the user is looking at, from the user agent string. */
export function browserFamily(userAgent: string): BrowserFamily {
  // Every browser on iOS is Safari inside, with the same per-site settings.
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Edg\/|Chrome\/|Chromium\//.test(userAgent)) return 'chromium';
  if (/Version\/[\d.]+.*Safari\//.test(userAgent)) return 'safari';
  return 'other';
}

type PermissionHelpStrings = Pick<
  VideoRoomStrings,
  'permissionHelpChromium' | 'permissionHelpFirefox' | 'permissionHelpSafari' | 'permissionHelpIos' | 'permissionHelpOther'
>;

/** How to allow the camera and microphone again after they were blocked, in this browser's words. */
export function browserInstructions(strings: PermissionHelpStrings = englishShellStrings, userAgent = navigator.userAgent): string {
  switch (browserFamily(userAgent)) {
    case 'chromium':
      return strings.permissionHelpChromium;
    case 'firefox':
      return strings.permissionHelpFirefox;
    case 'safari':
      return strings.permissionHelpSafari;
    case 'ios':
      return strings.permissionHelpIos;
    default:
      return strings.permissionHelpOther;
  }
}
