import { setupOffscreenExtract } from '@/lib/ext/background/extract-here';

// The offscreen document the service worker opens to parse big pages' HTML (it has no DOM of its own).
setupOffscreenExtract();
