/** Leaflet writes the attribution as HTML: an admin's text is shown as text, never as markup. */
export function escapeAttribution(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
