import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '@/lib/protocol';

export type * from '@/lib/protocol';

/** Typed send and listen for every message of the protocol (failures come back as `Result` values). */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
