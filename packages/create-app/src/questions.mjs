// The questions `npm create @digione/app` asks for what its options did not say, one line each,
// from the terminal or from any stream (answers piped in work the same).
import { createInterface } from 'node:readline';

/**
 * An answer could not be had: the input ended before it.
 */
export class NoAnswerError extends Error {
  /** @override */
  name = 'NoAnswerError';
}

/**
 * @typedef {object} Question
 * @property {string} text what is asked
 * @property {string} fallback the answer an empty line gives
 * @property {(answer: string) => string | undefined} problem why an answer will not do, if it will not
 */

/**
 * Asks questions on `output`, reading one line per answer from `input`. An empty line takes the
 * question's default; an answer that will not do is explained and the question asked again.
 * @param {NodeJS.ReadableStream} input
 * @param {NodeJS.WritableStream} output
 */
export function questioner(input, output) {
  const lines = createInterface({ input, output, terminal: false });
  // Lines are read through the iterator, which keeps those that arrive before they are asked for
  // (answers piped in all at once).
  const next = lines[Symbol.asyncIterator]();
  const echoed = /** @type {{ isTTY?: boolean }} */ (input).isTTY === true;
  return {
    /**
     * @param {Question} question
     * @returns {Promise<string>}
     */
    async ask(question) {
      for (;;) {
        output.write(`${question.text} (${question.fallback}): `);
        const line = await next.next();
        if (line.done === true) {
          output.write('\n');
          throw new NoAnswerError(
            `The input ended before an answer to "${question.text}": answer every question, or give it as an option (see --help); --yes takes the defaults.`,
          );
        }
        const answer = String(line.value).trim() || question.fallback;
        // Answers piped in are not echoed by a terminal: the log shows them.
        if (!echoed) output.write(`${answer}\n`);
        const problem = question.problem(answer);
        if (problem === undefined) return answer;
        output.write(`${problem}\n`);
      }
    },
    close() {
      lines.close();
    },
  };
}
