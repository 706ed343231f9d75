/** Screen sizes the end-to-end tests look at the site in. */
export const PHONE = { width: 390, height: 844 };
export const SMALL_PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1024, height: 768 };
/** A laptop's first screen: wide, but only 800 px tall. */
export const SHORT_DESKTOP = { width: 1280, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };

/** How a test names a screen size in its messages. */
export const sizeName = (viewport: { width: number; height: number }): string => `${viewport.width}×${viewport.height}`;
