import type { Catalog } from './message.js';
import { commonMessages } from './common-messages.js';

/** Every module's message catalog. Add a module's catalog here when it gains user-facing text. */
export const catalogs: readonly Catalog[] = [commonMessages];
