import { LitElement } from 'lit';
import { VERSION } from '../version.js';

/** Base class of every DigiOne element: carries the library version that `define()` compares. */
export class D1Element extends LitElement {
  static readonly version: string = VERSION;
}
