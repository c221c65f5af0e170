// The Python that runs the bench's pandas peers.
import { existsSync } from 'node:fs';

/** Debian's python3-pandas installs for the system interpreter, which a version manager on PATH may hide. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
