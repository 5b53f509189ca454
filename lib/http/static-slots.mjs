// Parts of a cached public page that are sent once, as HTML, instead of twice (HTML and the React payload
// that would hydrate them): issue 16, "lighter pages". A page wraps such a part (the content body, the
// section navigation) in <StaticHtml id> (components/trust/static-html.tsx). server.mjs renders a public
// page twice when it fills its cache: the first render is the ordinary one and marks where each part
// ends; the parts' HTML is cut out of it and registered here under the second render's one-time marker;
// the second render finds them and puts only the part's id in the React payload, while its server-side
// HTML carries the registered HTML (components/trust/static-slot.tsx). Client-side navigations fetch the
// ordinary payload (no marker), so they carry the parts as React elements, as before.
const REGISTRY = Symbol.for('trust-center.static-slots');
/** @type {Map<string, Map<string, string>>} marker → (part id → HTML) */
const registry = (globalThis[REGISTRY] ??= new Map());

export const SLOT_ATTR = 'data-static-slot';
export const SLOT_END_ATTR = 'data-static-slot-end';
const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The registered HTML of part `id` for the render carrying `marker`, or undefined. */
export function registeredSlot(marker, id) {
  return marker ? registry.get(marker)?.get(id) : undefined;
}

/**
 * The parts of a first render: for every end mark `<template data-static-slot-end="id"></template>`, the
 * HTML between the end of its element's start tag (`data-static-slot="id"`) and the mark. Null when there
 * is none, or when a part looks wrong (then the first render is served as it is).
 */
export function extractSlots(html, marker) {
  const slots = new Map();
  for (const m of html.matchAll(/<template data-static-slot-end="([^"]*)"><\/template>/g)) {
    const id = m[1];
    if (!ID.test(id) || slots.has(id)) return null;
    const start = html.lastIndexOf(` ${SLOT_ATTR}="${id}"`, m.index);
    const tagEnd = start < 0 ? -1 : html.indexOf('>', start);
    if (tagEnd < 0 || tagEnd > m.index) return null;
    const inner = html.slice(tagEnd + 1, m.index);
    if (inner.includes(SLOT_END_ATTR) || (marker && inner.includes(marker))) return null;
    slots.set(id, inner);
  }
  return slots.size ? slots : null;
}

/** The first render without its end marks (served as it is when the second render cannot be used). */
export function withoutEndMarks(html) {
  return html.replace(/<template data-static-slot-end="[^"]*"><\/template>/g, '');
}

/** Runs `render` with `slots` registered under `marker`, and removes them afterwards. */
export async function withSlots(marker, slots, render) {
  registry.set(marker, slots);
  try {
    return await render();
  } finally {
    registry.delete(marker);
  }
}

/** Whether a second render carries every part's HTML and no end mark (else the first one is used). */
export function slotsRendered(html, slots) {
  if (html.includes(SLOT_END_ATTR)) return false;
  for (const inner of slots.values()) if (!html.includes(inner)) return false;
  return true;
}
