import { afterAll, beforeAll } from 'vitest';
import { type DemoSite, startDemoSite } from '../../../scripts/demo-site/server';

export type { DemoSite };
export { startDemoSite as startDemo };

/**
 * Starts the demo site and a browser before a describe block's tests and stops both after them; `ready`
 * hands both to the block.
 */
export function useDemoAndBrowser<B extends { close(): Promise<void> }>(
  launch: () => Promise<B>,
  ready: (demo: DemoSite, browser: B) => void,
): void {
  let demo: DemoSite | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    demo = await startDemoSite({ port: 0 });
    browser = await launch();
    ready(demo, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
}
