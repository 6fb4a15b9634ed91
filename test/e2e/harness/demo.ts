export { startDemoSite as startDemo } from '../../../scripts/demo-site/server';
