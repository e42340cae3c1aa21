/** The Docker CLI release whose `--help` output is the site's source of truth (content/cli-help/). */
export const DOCKER_CLI_VERSION = '28.2.2';
