/**
 * A second look at a name the NPD called different: text converted to a legacy encoding twice (VNI read as TCVN3,
 * say), or a short VNI name that reads as valid Vietnamese ("Thò" for "Thị"), escapes detection. Decoding the name as
 * given in every legacy chain (or encoding the NPD's name so) and finding exactly the NPD's name shows it is the same
 * name, only encoded.
 */
import { fromTcvn3, fromVni, toTcvn3, toVni } from '../text/legacy-encodings.js';
import { tidyName } from './normalise.js';
import type { Normalisation } from './sectors.js';

const CHAINS: readonly (readonly ('tcvn3' | 'vni')[])[] = [['tcvn3'], ['vni'], ['tcvn3', 'vni'], ['vni', 'tcvn3'], ['tcvn3', 'tcvn3'], ['vni', 'vni']];
const decode = { tcvn3: fromTcvn3, vni: fromVni } as const;
const encode = { tcvn3: toTcvn3, vni: toVni } as const;

/** The encodings that turn the name as given into exactly the NPD's name, or undefined when none does. */
export function legacyEncodingOf(given: string, canonical: string): readonly Normalisation[] | undefined {
  const start = given.normalize('NFC');
  const spaced = start.trim().replace(/\s+/g, ' ');
  // Decoding is lossy where one encoding's bytes mean another letter in the other; encoding the NPD's name is not.
  for (const chain of CHAINS) {
    let name = canonical;
    for (const encoding of [...chain].reverse()) name = encode[encoding](name);
    if (name === spaced || name.normalize('NFC') === spaced) return chain;
  }
  for (const chain of CHAINS) {
    let name = start;
    for (const encoding of chain) name = decode[encoding](name).normalize('NFC');
    if (name === canonical || tidyName(name).value === canonical) return chain;
  }
  return undefined;
}
