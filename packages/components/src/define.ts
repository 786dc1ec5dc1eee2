/** Registers every DigiOne component tag (idempotently: safe when another app did it first). */
import './button/define.js';
import './icon/define.js';
