/** The version of `@digione/components`, stamped on every element class for `define()`. */
export const VERSION = '0.1.0';
