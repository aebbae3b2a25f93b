// The build's one way into app/index.html: the markers `<!-- complaint-desk:styles -->` and
// `<!-- complaint-desk:scripts -->` become tags for the bundled files. Only paths inside app/ are
// accepted: the marketplace rejects CDN scripts (hosts/freshdesk.md §1, §4), so a URL is a build bug.
export const STYLES_MARKER = '<!-- complaint-desk:styles -->';
export const SCRIPTS_MARKER = '<!-- complaint-desk:scripts -->';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function checkPath(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || path.startsWith('/') || path.split('/').includes('..'))
    throw new Error(`"${path}" is not a path inside app/: bundle it instead of loading it from elsewhere`);
  return escapeAttr(path);
}

export function fillIndexHtml(html: string, files: { scripts: string[]; styles?: string[] }): string {
  if (!html.includes(STYLES_MARKER) || !html.includes(SCRIPTS_MARKER)) throw new Error('app/index.html lacks the complaint-desk markers');
  const styles = (files.styles ?? []).map((p) => `<link rel="stylesheet" href="${checkPath(p)}" />`).join('\n    ');
  const scripts = files.scripts.map((p) => `<script type="module" src="${checkPath(p)}"></script>`).join('\n    ');
  return html.replace(STYLES_MARKER, styles).replace(SCRIPTS_MARKER, scripts);
}
