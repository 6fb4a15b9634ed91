import { setupOffscreenExtract } from '@/lib/background/extract-here';

// The offscreen document the service worker opens to parse big pages' HTML (it has no DOM of its own).
setupOffscreenExtract();
