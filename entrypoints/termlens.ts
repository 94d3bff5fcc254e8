/**
 * The rest of TermLens in a page: everything start.ts brings in (scanner,
 * painter, tooltip, schemas). The background injects this file into a frame
 * when the frame's loader asks for it (see content/index.ts and handoff.ts),
 * so frames without text never compile it.
 */
import { leaveStart } from './content/handoff';
import { startTermLens } from './content/start';

export default defineUnlistedScript(() => leaveStart(startTermLens));
