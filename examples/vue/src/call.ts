import type { JoinedEvent, TokenProvider } from 'vonage-video-room';
import { createSimulator } from 'vonage-video-room/testing';

// The in-page simulator stands in for Vonage Video, so this example needs no account and no
// token server. A real app leaves `sdk` out and points `token-endpoint` (or a `tokenProvider`)
// at its own server.
export const sim = createSimulator();
sim.addParticipant({ name: 'Grace Hopper' });

export const tokenProvider: TokenProvider = async ({ room }) => ({ applicationId: 'example', sessionId: `sim-${room}`, token: 'example-token' });

export const sessionOf = (event: JoinedEvent) => event.detail.sessionId;
