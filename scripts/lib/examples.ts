/**
 * The admin examples in examples/ that wrap one school's settings for a way of deploying them:
 * Chrome/Edge's policy file (3rdparty.extensions.<id>), Firefox's policies.json (the extension
 * installed, and its settings under 3rdparty.Extensions.<id>) and the Google Admin console's
 * "Policy for extensions" JSON (each setting as {"Value": ...}). All three are made from
 * examples/secondary-school.json, so a change to the settings is made once (npm run gen:examples;
 * test/unit/admin/examples.test.ts fails when a wrapper is stale).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEV_EXTENSION_ID, GECKO_ID } from '../../src/cli/validate-config-core';

export const EXAMPLE_SOURCE = 'examples/secondary-school.json';

/** Where the example school's Firefox build is served from (Firefox installs an extension from a URL). */
const FIREFOX_INSTALL_URL = 'https://files.ashbrook-academy.example/think-twice/think-twice-firefox.xpi';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Each wrapper's path (from the repository root) and the text it should hold. */
export function exampleWrappers(root: string): Array<[string, string]> {
  const settings = JSON.parse(readFileSync(resolve(root, EXAMPLE_SOURCE), 'utf8')) as Record<string, unknown>;
  return [
    ['examples/chrome-policy-linux.json', json({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: settings } } })],
    [
      'examples/firefox-policies.json',
      json({
        policies: {
          ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL } },
          '3rdparty': { Extensions: { [GECKO_ID]: settings } },
        },
      }),
    ],
    ['examples/google-admin-console.json', json(Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, { Value: value }])))],
  ];
}
