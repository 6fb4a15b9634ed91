import type { DemoPage, RenderContext } from './types';

/** A page rendered by its own function rather than the article template. */
export interface DynamicPage {
  page: DemoPage;
  render(ctx: RenderContext): string;
}

/** The pages whose content changes after load: a late body and a pushState single-page app. */
export const dynamicPages: DynamicPage[] = [];
