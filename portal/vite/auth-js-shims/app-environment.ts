export { building, dev } from '$app/env';
