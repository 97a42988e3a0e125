import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'vonage-video-room'; // defines <video-room>
import type { JoinedEvent, TokenProvider } from 'vonage-video-room';
import { createSimulator } from 'vonage-video-room/testing';

// The in-page simulator stands in for Vonage Video, so this example needs no account and no
// token server. A real app leaves `sdk` out and points `token-endpoint` (or a `tokenProvider`)
// at its own server.
const sim = createSimulator();
sim.addParticipant({ name: 'Grace Hopper' });

@Component({
  selector: 'app-root',
  // <video-room> is a custom element: Angular leaves unknown elements and their properties to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>vonage-video-room in Angular</h1>
      <p role="status" class="joined">{{ sessionId() ? 'Joined session ' + sessionId() : 'Not in the call yet' }}</p>
      <!-- [property] bindings set sdk and tokenProvider as properties; (vr-joined) listens to the DOM event. -->
      <video-room
        room="angular-example"
        display-name="Angular user"
        [sdk]="sdk"
        [tokenProvider]="tokenProvider"
        (vr-joined)="onJoined($event)"
      ></video-room>
    </main>
  `,
})
export class AppComponent {
  protected readonly sdk = sim.OT;
  protected readonly sessionId = signal<string | undefined>(undefined);

  protected readonly tokenProvider: TokenProvider = async ({ room }) => ({
    applicationId: 'example',
    sessionId: `sim-${room}`,
    token: 'example-token',
  });

  protected onJoined(event: JoinedEvent): void {
    this.sessionId.set(event.detail.sessionId);
  }
}
