/** Keyboard commands declared in the manifest (wxt.config.ts) and handled by the background. */
export const OPEN_QUICK_REPLIES_COMMAND = 'open-quick-replies';
/** The suggested key, also shown in the quick-reply button's tooltip. */
export const OPEN_QUICK_REPLIES_KEYS = { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' } as const;
