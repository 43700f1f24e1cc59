// CI: `npm audit` with no high or critical advisory, for the production dependencies and for
// all of them. Reads `npm audit --json` on stdin and exits 1 when the counts are not zero. When
// the registry has no audit endpoint (a mirror answering 405), npm prints an error object
// instead of counts: that is reported loudly and does not fail the build, since nothing could
// be checked either way.
import process from 'node:process';

let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (text += chunk));
process.stdin.on('end', () => {
  const label = process.argv[2] ?? 'npm audit';
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    process.stderr.write(`${label}: could not read npm audit --json output\n${text.slice(0, 500)}\n`);
    process.exit(1);
  }
  if (report.error !== undefined || report.metadata?.vulnerabilities === undefined) {
    process.stderr.write(`${label}: WARNING the registry's audit endpoint is unavailable (${JSON.stringify(report.error ?? report).slice(0, 200)}); advisories NOT checked\n`);
    return;
  }
  const v = report.metadata.vulnerabilities;
  process.stdout.write(`${label}: critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}\n`);
  if (v.critical + v.high > 0) process.exit(1);
});
