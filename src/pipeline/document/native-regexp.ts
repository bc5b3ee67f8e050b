/**
 * Regular expressions compiled straight to machine code. By default V8 compiles a regular
 * expression first to bytecode for its interpreter and to machine code only when it runs again
 * ("tier-up"), unless the first subject is long (1,000 characters or more). That saves memory for
 * the expressions a page runs once, but the attribution's patterns are large (the cue and speaker
 * alternations run to 15,800 characters) and run on short sentences: V8's bytecode compiler takes
 * 190–390 ms on each of the largest, and the machine-code compile that follows at the second run
 * another 45–70 ms, where compiling to machine code directly takes about 45 ms (measured in a
 * fresh process at load 10–17). Over a first pass of the 2,225 BBC articles that was about 0.9 s
 * of CPU in the first 250 articles alone (13.1 → 9.3 ms an article there).
 *
 * Importing this module turns the interpreter tier off for the whole process
 * (`--no-regexp-tier-up`, read by V8 each time it compiles an expression, so it applies to every
 * expression not yet run). What an expression matches does not change, only how it is run.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
