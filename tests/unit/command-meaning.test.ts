// Lines the CLI accepts that do not mean what their writer meant (src/lib/command/meaning-checks.ts):
// a warning with a fix for each seed mistake of this kind, nothing for the correct forms.
import { describe, expect, it } from 'vitest';
import { validateCommandLine } from '../../src/lib/command/index';

const codes = (line: string) => validateCommandLine(line).diagnostics.map((d) => `${d.severity}:${d.code}`);

describe('meaning warnings', () => {
  it.each([
    ['docker images ls', ['warning:subcommand-as-argument']],
    ['docker image ls ls', ['warning:subcommand-as-argument']],
    ['docker image ls nginx', []],
    ['docker images nginx', []],
    ['docker container run --read-only true nginx:1.27', ['warning:boolean-value-as-argument']],
    ['docker container run --read-only nginx:1.27', []],
    ['docker container run --read-only=true nginx:1.27', []],
    ['docker container run --rm busybox:1.37 true', []],
    ['docker image save export.tar tensorflow/tensorflow', ['warning:file-as-image']],
    ['docker image save -o export.tar nginx:1.27', []],
    ["docker image inspect --format '{{ . ContainerConfig.Image}}' nginx:1.27", ['warning:removed-field']],
    ["docker image inspect --format '{{.Config.Cmd}}' nginx:1.27", []],
    ['docker image pull gcr.io.tensorflow/tensorflow', ['warning:registry-typo']],
    ['docker container run -d -v /home/asa/webap:/user/share/nginx/html nginx:1.27', ['warning:usr-typo']],
    ['docker container run -d -v /home/asa/webap:/usr/share/nginx/html nginx:1.27', []],
    ['docker container run -d --mount type=bind,source=/srv/site,target=/user/share/nginx/html nginx:1.27', ['warning:usr-typo']],
    ['docker container exec -it web /bin/bash "hello word"', ['warning:shell-script-argument']],
    ["docker container exec web sh -c 'echo hello world'", []],
    ['docker container exec -it web bash', []],
    ['docker container exec web bash backup.sh', []],
    ['docker image pull gcr.io/distroless/static-debian12', []],
    ['docker container run --rm quay.io.prometheus/busybox', ['warning:registry-typo']],
    ['docker container run -d --name web -p 80:8080 nginx:1.27', ['warning:reversed-port']],
    ['docker container run -d -p 127.0.0.1:6379:16379 redis:7', ['warning:reversed-port']],
    ['docker container run -d --name web -p 8080:80 nginx:1.27', []],
    ['docker container run -d -p 80:80 nginx:1.27', []],
    ['docker container run -d -p 80:8080 bitnami/nginx:1.27', []],
    ['docker container run -d -p 80:8080 myapp:1.0', []],
    ['docker container cp web:/etc/nginx/nginx.config .', ['warning:conf-typo']],
    ['docker container cp web:/etc/nginx/nginx.conf .', []],
    ['docker container cp ./nginx.config.bak web:/tmp/', ['warning:conf-typo']],
  ] as const)('%s', (line, expected) => {
    expect(codes(line)).toEqual(expected);
    expect(validateCommandLine(line).valid).toBe(true);
  });

  it('offers the corrected line', () => {
    expect(validateCommandLine('docker images ls').fixed).toBe('docker image ls');
    expect(validateCommandLine('docker container run --read-only true nginx:1.27').fixed).toBe('docker container run --read-only=true nginx:1.27');
    expect(validateCommandLine('docker image save export.tar tensorflow/tensorflow').fixed).toBe('docker image save -o export.tar tensorflow/tensorflow');
    expect(validateCommandLine('docker image pull gcr.io.tensorflow/tensorflow').fixed).toBe('docker image pull gcr.io/tensorflow/tensorflow');
    expect(validateCommandLine('docker container run -d --name web -p 80:8080 nginx:1.27').fixed).toBe('docker container run -d --name web -p 8080:80 nginx:1.27');
    expect(validateCommandLine('docker container run -d -p 127.0.0.1:6379:16379/tcp redis:7').fixed).toBe('docker container run -d -p 127.0.0.1:16379:6379/tcp redis:7');
    // Offsets of a quoted value are those of the line as written.
    expect(validateCommandLine('docker container run -d -v "$(pwd)"/site:/user/share/nginx/html nginx:1.27').fixed).toBe('docker container run -d -v "$(pwd)"/site:/usr/share/nginx/html nginx:1.27');
    expect(validateCommandLine('docker container cp web:/etc/nginx/nginx.config .').fixed).toBe('docker container cp web:/etc/nginx/nginx.conf .');
  });
});
