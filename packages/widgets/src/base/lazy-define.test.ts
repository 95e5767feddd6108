import { expect, waitUntil } from '@open-wc/testing';
import { lazyDefine } from './lazy-define.js';

describe('lazyDefine', () => {
  it('loads an element only once the page uses its tag, and only once', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      if (!customElements.get('mentor-lazy-probe')) customElements.define('mentor-lazy-probe', class extends HTMLElement {});
    };
    lazyDefine('mentor-lazy-probe', load);
    await Promise.resolve();
    expect(loads, 'nothing loaded while the page does not use the tag').to.equal(0);
    const host = document.createElement('div');
    host.innerHTML = '<section><mentor-lazy-probe></mentor-lazy-probe><mentor-lazy-probe></mentor-lazy-probe></section>';
    document.body.append(host);
    await waitUntil(() => customElements.get('mentor-lazy-probe'), 'defined after the tag appeared');
    expect(loads).to.equal(1);
    lazyDefine('mentor-lazy-probe', load);
    expect(loads, 'an element already defined is not loaded again').to.equal(1);
    host.remove();
  });
});
