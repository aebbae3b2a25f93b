import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillIndexHtml } from './indexHtml.ts';

const source = readFileSync(new URL('./app/index.html', import.meta.url), 'utf8');

describe('app/index.html as the build fills it', () => {
  it('keeps the app client and puts the bundle where the markers are', () => {
    const html = fillIndexHtml(source, { scripts: ['scripts/app.js'], styles: ['styles/app.css'] });
    expect(html).toContain('<script src="{{{appclient}}}"></script>');
    expect(html).toContain('<link rel="stylesheet" href="styles/app.css" />');
    expect(html).toContain('<script type="module" src="scripts/app.js"></script>');
    expect(html).not.toContain('complaint-desk:');
    // The client script comes before ours, so app.initialized exists when the bundle runs.
    expect(html.indexOf('{{{appclient}}}')).toBeLessThan(html.indexOf('scripts/app.js'));
  });

  it('refuses anything that is not a file inside app/', () => {
    for (const bad of ['https://cdn.jsdelivr.net/x.js', '//unpkg.com/x.js', '/abs.js', '../secrets.js', 'javascript:alert(1)'])
      expect(() => fillIndexHtml(source, { scripts: [bad] })).toThrow(/inside app/);
  });

  it('fails loudly on a page without markers', () => {
    expect(() => fillIndexHtml('<html></html>', { scripts: ['a.js'] })).toThrow(/markers/);
  });
});
