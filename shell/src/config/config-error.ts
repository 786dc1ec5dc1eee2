/** A configuration that cannot be used, with the file and the JSON path of the field at fault. */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    /** What is wrong with the field, without the file and path. */
    readonly reason: string,
    /** The file at fault: `/config.json`, or the URL of an education provider's own file. */
    readonly file = '/config.json',
  ) {
    super(`${file} ${path}: ${reason}`);
    this.name = 'ConfigError';
  }
}
