// Makes commander's own output fit a terminal: help wrapped to at most 80 columns (fewer when
// the terminal is narrower), measured with the CJK-aware width, the command list showing names
// only so its descriptions have room to wrap, and a bad flag or unknown command answered with one
// line and a hint on stderr instead of the whole help, which would push the error off screen.
import { Help } from 'commander';
import type { Argument, Command, Option } from 'commander';
import { TERMINAL_COLUMNS, displayWidth, wrapText } from './display-width.js';
import { helpDescriptionZh, helpExtrasZh, helpTitleZh } from './help-zh.js';
import { commanderErrorZh } from './commander-errors-zh.js';
import type { CliLang } from './messages.js';

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
 * `wardtwin run: unknown option '--x' (Did you mean --y?); see \`wardtwin run --help\``, in
 * Chinese for zh-CN.
 */
export function oneLineError(text: string, commandName: string, lang: CliLang = 'en'): string {
  const message = text.replace(/^error:\s*/, '').split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
  if (lang === 'en') return `${commandName}: ${message}; see \`${commandName} --help\`\n`;
  return `${commandName}：${commanderErrorZh(message)}；见 \`${commandName} --help\`\n`;
}

/** `text` in Chinese when a translation exists, else as given. */
const zh = (text: string): string => (text === '' ? text : (helpDescriptionZh(text) ?? text));

/** Commander's help with every description and title in Chinese (what has no translation stays English). */
const CHINESE_HELP = {
  styleTitle: (title: string) => helpTitleZh(title),
  // Commander breaks only at spaces; Chinese breaks between characters (the CLI's own wrapping).
  boxWrap: (text: string, width: number) => (width < 40 ? text : wrapText(text, width, 0)),
  commandDescription: (cmd: Command) => zh(Help.prototype.commandDescription.call(new Help(), cmd)),
  subcommandDescription: (cmd: Command) => zh(Help.prototype.subcommandDescription.call(new Help(), cmd)),
  optionDescription: (option: Option) => {
    const full = Help.prototype.optionDescription.call(new Help(), option);
    return helpExtrasZh(option.description === '' ? full : full.replace(option.description, zh(option.description)));
  },
  argumentDescription: (argument: Argument) => {
    const full = Help.prototype.argumentDescription.call(new Help(), argument);
    return helpExtrasZh(argument.description === '' ? full : full.replace(argument.description, zh(argument.description)));
  },
};

function configure(command: Command, lang: CliLang): void {
  const name = fullName(command);
  command
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(oneLineError(text, name, lang)),
      getOutHelpWidth: () => helpWidth(process.stdout),
      getErrHelpWidth: () => helpWidth(process.stderr),
    })
    .configureHelp({
      displayWidth: (text: string) => displayWidth(text),
      // Arguments make a term up to 50 columns wide and leave descriptions no room to wrap;
      // each command's own --help shows them.
      subcommandTerm: (sub: Command) => sub.name(),
      ...(lang === 'en' ? {} : CHINESE_HELP),
    });
  for (const sub of command.commands) configure(sub, lang);
}

/**
 * Applies the terminal settings to `program` and every command under it (call after the
 * commands are registered), and adds a line under the program's help on where arguments are.
 * @param lang - the help's language (descriptions and titles in Chinese for zh-CN)
 */
export function fitTerminal(program: Command, lang: CliLang = 'en'): Command {
  configure(program, lang);
  const more = lang === 'en' ? `Run \`${program.name()} <command> --help\` for a command's arguments and options.` : `运行 \`${program.name()} <命令> --help\` 查看某个命令的参数和选项。`;
  program.addHelpText('after', `\n${more}`);
  return program;
}
