// Commander's own error lines (an unknown option or command, a missing argument, too many
// arguments, a value left out, conflicting options) in Chinese. Commander writes them in
// English only; the CLI matches each known shape and keeps the flags and names as typed. A
// shape not listed here (a newer commander) is left in English rather than guessed at.

/** Each English shape and its Chinese; `$n` are the shape's captured names. */
const SHAPES: readonly (readonly [RegExp, string])[] = [
  [/^unknown option '([^']*)'/, "未知选项 '$1'"],
  [/^unknown command '([^']*)'/, "未知命令 '$1'"],
  [/^missing required argument '([^']*)'/, "缺少必需的参数 '$1'"],
  [/^option '([^']*)' argument missing/, "选项 '$1' 缺少取值"],
  [/^required option '([^']*)' not specified/, "未指定必需的选项 '$1'"],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, "'$1' 的参数过多：应为 $2 个，实际为 $3 个"],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\./, '参数过多：应为 $1 个，实际为 $2 个'],
  [/^option '([^']*)' cannot be used with option '([^']*)'/, "选项 '$1' 不能与选项 '$2' 同时使用"],
  [/ ?\(Did you mean one of ([^?]*)\?\)/, '（是否想用以下之一：$1？）'],
  [/ ?\(Did you mean ([^?]*)\?\)/, '（是否想用 $1？）'],
];

/** Commander's one-line error `message` (without "error: ") in Chinese, shape by shape. */
export function commanderErrorZh(message: string): string {
  let out = message;
  for (const [shape, zh] of SHAPES) out = out.replace(shape, zh);
  return out;
}
