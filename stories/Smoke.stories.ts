import { html } from 'lit';
export default { title: 'Smoke' };
export const Hello = { render: () => html`<p>hello</p>` };
