// Stops the test command at once, with one clear line, when no Chromium is installed.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROME_PATH).`);
  process.exit(1);
}
