// The tool itself: its version and where it is published — the pins of the CI files `mentor init` writes.

/** Equal to package.json's version (a test keeps them together). */
export const VERSION = '0.2.0';

/** The GitHub repository of mentor (package.json's repository), as owner/name. */
export const REPOSITORY = 'mentor-dou/mentor';

/** The git URL to install mentor from, and pre-commit's `repo:`. */
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

/** The tag of this version: what `uses:`, `rev:` and the GitLab job pin. */
export const VERSION_TAG = `v${VERSION}`;
