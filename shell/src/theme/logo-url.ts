// Its own module: the frame checks a logo before it paints, without the brand check's contrast code.

/**
 * Whether `url` may be a logo's `src`: a path on the portal, an https URL, or an SVG data URL (an
 * image cannot run script, and none of these reaches another scheme).
 */
export function isSafeLogoUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.trim() !== url || url === '') return false;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
  if (/^data:image\/svg\+xml[;,]/i.test(url)) return true;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
