import { expect } from '@open-wc/testing';
import { canChooseSpeaker, listDevices, watchDevices } from '../../src/media/devices.js';

const mediaDevices = navigator.mediaDevices as MediaDevices & Record<string, unknown>;

describe('media/devices', () => {
  afterEach(() => {
    Reflect.deleteProperty(mediaDevices, 'enumerateDevices'); // back to the prototype's
  });

  it('groups the fake devices into cameras, microphones and speakers, with their labels', async () => {
    (await navigator.mediaDevices.getUserMedia({ audio: true, video: true })).getTracks().forEach((track) => track.stop());
    const devices = await listDevices();
    expect(devices.cameras.map((camera) => camera.label)).to.include('fake_device_0');
    expect(devices.microphones.length).to.be.greaterThan(1);
    expect(devices.speakers.length).to.be.greaterThan(0);
    for (const option of [...devices.cameras, ...devices.microphones, ...devices.speakers]) {
      expect(option.deviceId).to.be.a('string').and.not.empty;
      expect(option.label).to.be.a('string').and.not.empty;
    }
  });

  it('names devices whose labels are hidden, once per ID', async () => {
    const hidden = (kind: MediaDeviceKind, deviceId: string) => ({ kind, deviceId, label: '', groupId: '' }) as MediaDeviceInfo;
    mediaDevices.enumerateDevices = async () => [
      hidden('videoinput', ''),
      hidden('videoinput', ''),
      hidden('audioinput', 'a'),
      hidden('audioinput', 'b'),
      hidden('audiooutput', 'c'),
    ];
    const devices = await listDevices();
    expect(devices.cameras).to.deep.equal([{ deviceId: '', label: 'Camera 1' }]);
    expect(devices.microphones.map((option) => option.label)).to.deep.equal(['Microphone 1', 'Microphone 2']);
    expect(devices.speakers.map((option) => option.label)).to.deep.equal(['Speaker 1']);
    const custom = await listDevices((kind, position) => `${kind}#${position}`);
    expect(custom.microphones.map((option) => option.label)).to.deep.equal(['microphone#1', 'microphone#2']);
  });

  it('answers empty lists when the browser cannot enumerate', async () => {
    mediaDevices.enumerateDevices = () => Promise.reject(new Error('nope'));
    expect(await listDevices()).to.deep.equal({ cameras: [], microphones: [], speakers: [] });
  });

  it('knows that Chromium can choose the audio output', () => {
    expect(canChooseSpeaker()).to.be.true;
  });

  it('reports device changes until undone', () => {
    let changes = 0;
    const undo = watchDevices(() => changes++);
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    expect(changes).to.equal(1);
    undo();
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    expect(changes).to.equal(1);
  });
});
