/** The portal sets no `paths.base`, so Auth.js's routes live at /auth. */
export const base = '';
