// Installs the Debian packages the tests need when they are missing: Chromium for the end-to-end journeys
// (the npm browser download cannot work here), LibreOffice Writer and Poppler for the report's PDF and page
// images, the Liberation fonts that stand in for Times New Roman, and curl for the DHIS2 recipes. Only what is
// missing is installed.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each package with the file that shows it is installed. */
const PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  { name: 'poppler-utils', present: () => onPath('pdftoppm') && onPath('pdfinfo') },
  { name: 'fonts-liberation2', present: () => installed('fonts-liberation2') },
  // The DHIS2 curl recipes test runs docs/dhis2-web-api.md's commands with the system's curl.
  { name: 'curl', present: () => onPath('curl') },
];

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));
}

function installed(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
}

const missing = PACKAGES.filter((p) => !p.present()).map((p) => p.name);
if (missing.length === 0) {
  process.exit(0);
}
console.log(`Installing Debian packages: ${missing.join(', ')}…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
execSync(
  `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`,
  { stdio: 'inherit' },
);
const still = PACKAGES.filter((p) => !p.present()).map((p) => p.name);
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.join(', ')}.`);
  process.exit(1);
}
