// The package as a whole (hosts/freshdesk.md §1, FDK 6.9's non-lint checks): an app/ folder, only
// whitelisted files in config/, each file at most 2 MB, the package at most 5 MB, icons 64×64.
import type { AppFolder } from './appFolder.ts';
import { error, type Finding } from './finding.ts';
import { imageSize } from './iconSize.ts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;
const CONFIG_FILES = ['config/iparams.json', 'config/iparams.html', 'config/requests.json', 'config/oauth_config.json'];

export function packageRules(folder: AppFolder, icons: string[]): Finding[] {
  const findings: Finding[] = [];
  const paths = [...folder.files.keys()];
  if (!paths.some((p) => p.startsWith('app/'))) findings.push(error('package.app-folder', 'Mandatory folder(s) missing: app'));
  for (const path of paths.filter((p) => p.startsWith('config/'))) {
    // config/assets/ holds a custom installation page's scripts and styles.
    const allowed = CONFIG_FILES.includes(path) || (path.startsWith('config/assets/') && folder.files.has('config/iparams.html'));
    if (!allowed) findings.push(error('package.config-files', `config/ may not hold ${path.slice('config/'.length)}`, path));
  }
  let total = 0;
  for (const [path, data] of folder.files) {
    total += data.length;
    if (data.length > MAX_FILE_BYTES) findings.push(error('package.file-size', `${path} is ${(data.length / 1048576).toFixed(1)} MB; each file may be at most 2 MB`, path));
  }
  // Uncompressed: an upper bound of the zip `fdk pack` builds, so passing here passes there.
  if (total > MAX_PACKAGE_BYTES) findings.push(error('package.size', `Package size exceeds the 5MB limit (${(total / 1048576).toFixed(1)} MB uncompressed)`));
  for (const icon of icons) {
    const data = folder.files.get(icon);
    if (!data) continue; // reported by manifest.location-files
    const size = imageSize(icon, data);
    if (!size) findings.push(error('icon.size', `cannot read the size of ${icon} (use an SVG with width/height or a PNG)`, icon));
    else if (size.width !== 64 || size.height !== 64) findings.push(error('icon.size', `Invalid dimension of icon: ${icon} is ${size.width}×${size.height}, must be 64×64`, icon));
  }
  return findings;
}
