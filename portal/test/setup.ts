import { vi } from 'vitest';

// The settings src/env.ts would read from the environment when the server starts, given directly
// so no test depends on (or leaks into) the environment of the process running it.
vi.mock('$app/env/private', () => import('./settings.ts'));
