/** Unit tests run in Node, where there is no browser i18n: t() answers from the English locale file, as a browser in English would. */
import { setFallbackCatalogue, type Catalogue } from '../../src/ui/i18n';
import english from '../../public/_locales/en_GB/messages.json';

setFallbackCatalogue(english as Catalogue);
