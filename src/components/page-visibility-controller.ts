import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Reports `document.hidden` to `onChange` while the host is connected (and once on connect). */
export class PageVisibilityController implements ReactiveController {
  private readonly listener = () => this.onChange(document.hidden);

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (hidden: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.listener);
    this.listener();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.listener);
  }
}
