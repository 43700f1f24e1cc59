// Makes commander's own output fit a terminal: help wrapped to at most 80 columns (fewer when
// the terminal is narrower), measured with the CJK-aware width, the command list showing names
// only so its descriptions have room to wrap, and a bad flag or unknown command answered with one
// line and a hint on stderr instead of the whole help, which would push the error off screen.
import type { Command } from 'commander';
import { TERMINAL_COLUMNS, displayWidth } from './display-width.js';

/** Help width: the terminal's columns when it is a terminal, never more than {@link TERMINAL_COLUMNS}. */
function helpWidth(stream: NodeJS.WriteStream): number {
  const columns = stream.isTTY && stream.columns > 0 ? stream.columns : TERMINAL_COLUMNS;
  return Math.min(columns, TERMINAL_COLUMNS);
}

/** `wardtwin run` for the run command, `wardtwin` for the program. */
function fullName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * Commander's error text (`error: unknown option '--x'\n(Did you mean --y?)\n`) as one line:
 * `wardtwin run: unknown option '--x' (Did you mean --y?); see \`wardtwin run --help\``.
 */
export function oneLineError(text: string, commandName: string): string {
  const message = text.replace(/^error:\s*/, '').split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
  return `${commandName}: ${message}; see \`${commandName} --help\`\n`;
}

function configure(command: Command): void {
  const name = fullName(command);
  command
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(oneLineError(text, name)),
      getOutHelpWidth: () => helpWidth(process.stdout),
      getErrHelpWidth: () => helpWidth(process.stderr),
    })
    .configureHelp({
      displayWidth: (text: string) => displayWidth(text),
      // Arguments make a term up to 50 columns wide and leave descriptions no room to wrap;
      // each command's own --help shows them.
      subcommandTerm: (sub: Command) => sub.name(),
    });
  for (const sub of command.commands) configure(sub);
}

/**
 * Applies the terminal settings to `program` and every command under it (call after the
 * commands are registered), and adds a line under the program's help on where arguments are.
 */
export function fitTerminal(program: Command): Command {
  configure(program);
  program.addHelpText('after', `\nRun \`${program.name()} <command> --help\` for a command's arguments and options.`);
  return program;
}
