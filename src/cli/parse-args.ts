import { GitopsDnsError } from '../errors.js';

export type Command = 'endpoints' | 'plan' | 'apply';
export type Format = 'text' | 'markdown' | 'json';

/** A parsed command line. */
export interface CliArgs {
  command: Command | 'help' | 'version';
  /** Config file path as given (default `gitops-dns.yaml`). */
  config: string;
  format: Format;
  /** `--exit-code`: exit 2 when the plan has changes. */
  exitCode: boolean;
  /** `--force`: apply despite the safety threshold, errors or a checksum mismatch. */
  force: boolean;
  /** `--checksum`: the reviewed plan's checksum that apply must match. */
  checksum?: string;
  /** `--base REF`: git revision to compare egress hosts against. */
  base?: string;
  /** `--check-egress-dns`: report egress hosts that no longer resolve (drift checks). */
  checkEgressDns: boolean;
}

const formatsOf: Record<Command, readonly Format[]> = {
  endpoints: ['text', 'json'],
  plan: ['text', 'markdown', 'json'],
  apply: ['text', 'markdown', 'json'],
};

export const usage = `Usage:
  gitops-dns endpoints [--config F] [--format text|json]
  gitops-dns plan      [--config F] [--format text|markdown|json] [--exit-code] [--base REF] [--check-egress-dns]
  gitops-dns apply     [--config F] [--format text|markdown|json] [--force] [--checksum SHA256]

Options:
  --config F      config file (default gitops-dns.yaml)
  --format        output format (default text)
  --exit-code     plan: exit 2 when there are changes (drift checks)
  --base REF      compare egress hosts with this git revision
  --check-egress-dns  plan: report egress hosts that no longer resolve (config egress.resolver)
  --force         apply despite the safety threshold, manifest errors or a checksum mismatch
  --checksum SHA  apply only if the plan still has this checksum (the reviewed plan)

Exit status: 0 success, 1 failure, 2 changes (with --exit-code).
`;

/** Parses argv (without node and script); throws GitopsDnsError('usage') naming the bad argument. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: 'help',
    config: 'gitops-dns.yaml',
    format: 'text',
    exitCode: false,
    force: false,
    checkEgressDns: false,
  };
  let command: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new GitopsDnsError('usage', `${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--format':
      case '-f':
        format = value();
        break;
      case '--exit-code':
        args.exitCode = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--check-egress-dns':
        args.checkEgressDns = true;
        break;
      case '--checksum':
        args.checksum = value();
        break;
      case '--base':
        args.base = value();
        break;
      case '--help':
      case '-h':
        return { ...args, command: 'help' };
      case '--version':
      case '-v':
        return { ...args, command: 'version' };
      default:
        if (flag.startsWith('-')) throw new GitopsDnsError('usage', `unknown option ${flag}`);
        if (command !== undefined) throw new GitopsDnsError('usage', `unexpected argument ${arg}`);
        command = arg;
    }
  }
  if (command === undefined || command === 'help') return { ...args, command: 'help' };
  if (!(command in formatsOf)) throw new GitopsDnsError('usage', `unknown command ${command}`);
  args.command = command as Command;
  if (format !== undefined) {
    const allowed = formatsOf[args.command];
    if (!allowed.includes(format as Format))
      throw new GitopsDnsError(
        'usage',
        `--format ${format} is not one of ${allowed.join(', ')} for ${command}`,
      );
    args.format = format as Format;
  }
  return args;
}
