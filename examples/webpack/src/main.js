// A page with no framework, bundled by webpack: the element is in the HTML before this script
// runs; importing the package defines (upgrades) it, then the script sets its properties.
import 'vonage-video-room';
import { createSimulator } from 'vonage-video-room/testing';

// The in-page simulator stands in for Vonage Video, so this example needs no account and no
// token server. A real page leaves `sdk` out and sets `token-endpoint` to its own server.
const sim = createSimulator();
sim.addParticipant({ name: 'Grace Hopper' });

const room = document.querySelector('video-room');
room.sdk = sim.OT;
room.tokenProvider = async ({ room: name }) => ({ applicationId: 'example', sessionId: `sim-${name}`, token: 'example-token' });
room.addEventListener('vr-joined', (event) => {
  document.querySelector('.joined').textContent = `Joined session ${event.detail.sessionId}`;
});
