// A test-runner command that counts live instances of a class in the page through the Chrome
// DevTools Protocol, after a forced garbage collection: the proof that removed elements are freed.
// Browser side: executeServerCommand('count-live-instances', { prototype: 'customElements.get("video-room").prototype' })
export function heapPlugin() {
  return {
    name: 'heap-counter',
    async executeCommand({ command, payload, session }) {
      if (command !== 'count-live-instances') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Several passes: objects freed by one collection may release others.
        for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
        const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: payload.prototype });
        const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects.objectId,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
        });
        return result.value;
      } finally {
        await cdp.detach();
      }
    },
  };
}
