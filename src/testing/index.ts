/**
 * `vonage-video-room/testing`: an in-page, OT-compatible simulator of the Vonage Video client SDK
 * for tests and demos without a Vonage account. Importing this module touches no browser globals;
 * media is created only when used.
 *
 * @example
 * const sim = createSimulator();
 * room.sdk = sim.OT;                       // or installSimulator() to set window.OT
 * const ada = sim.addParticipant({ name: 'Ada' });
 * sim.speak(ada.connectionId);
 */
import { Simulator, type SimulatorOptions } from './simulator.js';

/** Creates a simulator with its own simulated cloud. */
export function createSimulator(options?: SimulatorOptions): Simulator {
  return new Simulator(options);
}

/** Creates a simulator and sets `window.OT` to its namespace; `simulator.uninstall()` undoes it. */
export function installSimulator(options?: SimulatorOptions): Simulator {
  const simulator = new Simulator(options);
  simulator._install();
  return simulator;
}

export { Simulator };
export type { SimulatorOptions, ParticipantSignal, SignalFailure } from './simulator.js';
export type { SimulatorCore } from './simulator-core.js';
export type { SimulatorRoom, ForceMuteAllOptions } from './simulator-room.js';
export type { SimArchive, StartArchiveOptions, ArchiveEventPayload } from './archives.js';
export type { CaptionPayload, CaptionEvent } from './captions.js';
export type { SimRole, SimCapabilities } from './roles.js';
export type { ModeratedSession } from './session-moderation.js';
export type { NetworkQuality } from './network.js';
export type { SimulatedParticipant, AddParticipantOptions } from './participant.js';
export type { SimCall, MediaDenial, SubscriberReport, PublisherReport } from './context.js';
export type { ConnectErrorCode, SimOTError } from './errors.js';
export type { SimEvent } from './event.js';
export type { SimOT, ExceptionEvent, SimDevice, ScreenSharingCapability } from './ot.js';
export type { SimSession, SessionState, SignalOptions } from './session.js';
export type { SimPublisher, VideoSourceInfo } from './publisher.js';
export type { SimSubscriber } from './subscriber.js';
export type { SimConnection, SimStream } from './views.js';
