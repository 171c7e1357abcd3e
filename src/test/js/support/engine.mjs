// The search client for Node. `engine` is its parts, imported straight from their ES modules
// (assets/js/search/), under the names the joined script hands out under Node (start.mjs).
// loadScript() runs a joined script as the classic script it is, for the tests of what visitors get.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { api } from '../../../../assets/js/search/start.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const partsFolder = path.join(here, '../../../../assets/js/search');

export const engine = api;

/** The parts a joined script (AssetPipeline's) gives Node: it is evaluated with its own `module` object. */
export function loadScript(file) {
  const source = readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext('(function (module, exports) {' + source + '\n})', { filename: file });
  const module = { exports: {} };
  wrapper(module, module.exports);
  return module.exports;
}
