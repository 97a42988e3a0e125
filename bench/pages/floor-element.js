// The floor of the first-paint bench: the least a Lit element can do to paint a join screen
// (a heading and one button). Bundled with Lit into one file by bench/first-paint.mjs.
import { LitElement, css, html } from 'lit';

class FloorRoom extends LitElement {
  static styles = css`
    :host { display: block; height: 480px; background: #0f1218; color: #f3f4f6; font-family: system-ui, sans-serif; }
    button { padding: 8px 16px; }
  `;

  render() {
    return html`<h2>Join the call</h2><button type="button">Join</button>`;
  }
}
customElements.define('floor-room', FloorRoom);
