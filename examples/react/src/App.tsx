import { useState } from 'react';
import { VideoRoom, type TokenProvider } from 'vonage-video-room/react';
import { createSimulator } from 'vonage-video-room/testing';

// The in-page simulator stands in for Vonage Video, so this example needs no account and no
// token server. A real app leaves `sdk` out and points `tokenEndpoint` (or a `tokenProvider`)
// at its own server.
const sim = createSimulator();
sim.addParticipant({ name: 'Grace Hopper' });

const tokenProvider: TokenProvider = async ({ room }) => ({ applicationId: 'example', sessionId: `sim-${room}`, token: 'example-token' });

export function App() {
  const [sessionId, setSessionId] = useState<string>();
  return (
    <main>
      <h1>vonage-video-room in React</h1>
      <p role="status" className="joined">
        {sessionId ? `Joined session ${sessionId}` : 'Not in the call yet'}
      </p>
      <VideoRoom
        room="react-example"
        displayName="React user"
        sdk={sim.OT}
        tokenProvider={tokenProvider}
        onVrJoined={(event) => setSessionId(event.detail.sessionId)}
      />
    </main>
  );
}
