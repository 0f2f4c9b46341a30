import type { SubmitFunction } from '$app/forms';

/**
 * `use:enhance={keepValues}`: after a successful action the fields keep what they hold, as they
 * would after the same POST without JavaScript, where the page comes back with the saved values.
 *
 * enhance's default empties the form (`form.reset()`) on success. Once Svelte has hydrated a
 * field it no longer has a default to reset to, so the reset blanks it, and because the saved
 * value equals the one on the page Svelte never writes it back: the next save stores the blanks
 * (issue 12, the newsletter editor's "Save draft").
 */
export const keepValues: SubmitFunction =
  () =>
  async ({ update }) =>
    update({ reset: false });
