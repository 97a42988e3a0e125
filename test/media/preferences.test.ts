import { expect } from '@open-wc/testing';
import { loadPreferences, PREFERENCES_KEY, savePreferences, updatePreferences } from '../../src/media/preferences.js';

describe('media/preferences', () => {
  afterEach(() => localStorage.removeItem(PREFERENCES_KEY));

  it('stores the choices under one key and reads them back', () => {
    const choices = { cameraId: 'cam', microphoneId: 'mic', speakerId: 'out', audio: false, video: true, name: 'Ada', effect: 'blur-low' as const };
    savePreferences(choices);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!)).to.deep.equal(choices);
    expect(loadPreferences()).to.deep.equal(choices);
  });

  it('merges a change into what is stored', () => {
    savePreferences({ name: 'Ada', effect: 'blur-high' });
    updatePreferences({ video: false, name: undefined });
    expect(loadPreferences()).to.deep.equal({ effect: 'blur-high', video: false });
  });

  it('answers {} for nothing stored, broken JSON or a non-object, and drops ill-typed fields', () => {
    expect(loadPreferences()).to.deep.equal({});
    localStorage.setItem(PREFERENCES_KEY, '{not json');
    expect(loadPreferences()).to.deep.equal({});
    localStorage.setItem(PREFERENCES_KEY, '42');
    expect(loadPreferences()).to.deep.equal({});
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ cameraId: 7, audio: 'yes', video: false, effect: 'sparkles', name: 'Ada' }));
    expect(loadPreferences()).to.deep.equal({ video: false, name: 'Ada' });
  });

  it('never throws when storage is blocked', () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(loadPreferences()).to.deep.equal({});
      expect(() => savePreferences({ name: 'Ada' })).not.to.throw();
      expect(() => updatePreferences({ name: 'Ada' })).not.to.throw();
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });
});
